using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace TriageBot.Dialogs.Tests;

/// <summary>Per-channel rendering, languages, and input that is no ordinary answer.</summary>
public sealed class ChannelAndInputTests
{
    [Fact]
    public async Task Web_chat_gets_the_quick_replies_as_suggested_actions()
    {
        await new TriageChat(channelId: Channels.Webchat).Flow().Welcome()
            .Send("My back hurts").AssertReply(activity =>
            {
                Assert.Equal("location", TriageChat.StepOf(activity));
                Assert.Contains(activity.AsMessageActivity().SuggestedActions.Actions, a => a.Title == "Lower back");
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Teams_gets_the_quick_replies_as_hero_card_buttons()
    {
        await new TriageChat(channelId: Channels.Msteams).Flow().Welcome()
            .Send("My back hurts").AssertReply(activity =>
            {
                var card = Assert.IsType<HeroCard>(activity.AsMessageActivity().Attachments.Single().Content);
                Assert.Contains(card.Buttons, b => b.Title == "Lower back" && b.Type == ActionTypes.ImBack);
                Assert.Null(activity.AsMessageActivity().SuggestedActions);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task In_a_teams_channel_the_at_mention_of_the_bot_is_not_read_as_the_answer()
    {
        // A clinic may name its bot after what it helps with; the name must not count as a symptom.
        var chat = new TriageChat(channelId: Channels.Msteams);
        var onlyMention = chat.Adapter.MakeActivity("<at>Back Pain Helper</at>");
        onlyMention.Entities = [MentionOfBot(onlyMention)];
        var withAnswer = chat.Adapter.MakeActivity("<at>Back Pain Helper</at> my neck is numb");
        withAnswer.Entities = [MentionOfBot(withAnswer)];
        await chat.Flow().Welcome()
            .Send(onlyMention).AssertReply(activity => Assert.Null(TriageChat.StepOf(activity))).AssertQuestion("complaint")
            .Send(withAnswer).AssertReply(activity => Assert.Equal("symptoms", TriageChat.StepOf(activity)))
            .StartTestAsync();
    }

    /// <summary>The mention entity as Teams sends it, read from JSON like every incoming activity.</summary>
    private static Entity MentionOfBot(Activity activity) =>
        Newtonsoft.Json.Linq.JObject.FromObject(new Mention(activity.Recipient, "<at>Back Pain Helper</at>")).ToObject<Entity>()!;

    [Fact]
    public async Task Another_language_is_answered_in_english_with_a_note_that_russian_is_available()
    {
        await new TriageChat("de-DE").Flow()
            .Send("My back hurts")
            .AssertText("Hello")
            .AssertText("Russian")
            .AssertQuestion("location", contains: "Where")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_red_flag_typed_in_russian_on_an_english_chat_still_escalates()
    {
        await new TriageChat().Flow().Welcome()
            .Send("давит в груди").AssertOutcome("emergency")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀😀😀")]
    public async Task A_message_without_words_is_answered_and_the_question_repeated(string text)
    {
        await new TriageChat().Flow().Welcome()
            .Send("Pain").AssertQuestion("location")
            .Send(text).AssertReply(activity => Assert.Null(TriageChat.StepOf(activity)))
            .AssertQuestion("location")
            .Send("Lower back").AssertQuestion("symptoms") // nothing recorded was lost
            .StartTestAsync();
    }

    [Fact]
    public async Task A_very_long_message_is_read_from_its_beginning()
    {
        var longText = "My lower back hurts. " + new string('x', 10_000);
        await new TriageChat().Flow().Welcome()
            .Send(longText).AssertText("long")
            .AssertQuestion("symptoms")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_attachment_is_not_opened_and_the_patient_is_asked_for_words()
    {
        var chat = new TriageChat();
        var photo = chat.Adapter.MakeActivity();
        photo.Attachments = [new Attachment("image/png", "https://example.invalid/back.png")];
        await chat.Flow().Welcome()
            .Send(photo).AssertText("picture")
            .AssertQuestion("complaint")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_unknown_activity_type_is_ignored()
    {
        var chat = new TriageChat();
        var odd = chat.Adapter.MakeActivity();
        odd.Type = "somethingNew";
        await chat.Flow().Welcome()
            .Send(odd).AssertNoReply()
            .Send("Pain").AssertQuestion("location")
            .StartTestAsync();
    }
}
