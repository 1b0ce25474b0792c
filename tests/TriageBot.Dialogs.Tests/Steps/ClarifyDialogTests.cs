using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace TriageBot.Dialogs.Tests.Steps;

/// <summary>PROTOCOL.md, "Asking when unsure": half a red flag gets one closed question, with Yes and No on every channel.</summary>
public sealed class ClarifyDialogTests
{
    [Fact]
    public async Task A_chest_that_feels_funny_is_asked_about_and_a_yes_calls_the_ambulance()
    {
        await new TriageChat().Flow().Welcome()
            .Send("my upper back is numb and my chest feels kind of funny").AssertReply(activity =>
            {
                Assert.Equal("clarify", TriageChat.StepOf(activity));
                Assert.Equal("chest_pressure", TriageChat.Triage(activity)!["finding"]!.ToString());
                Assert.Contains("chest", activity.AsMessageActivity().Text, StringComparison.OrdinalIgnoreCase);
            })
            .Send("Yes").AssertOutcome("emergency", outcome => Assert.Contains("chest_pressure", outcome.Ids("findings")))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_no_goes_back_to_the_questions_and_the_red_flag_is_never_asked_about_again()
    {
        await new TriageChat().Flow().Welcome()
            .Send("lower back is numb and something feels off down there").AssertQuestion("clarify")
            .Send("no").AssertQuestion("symptoms")
            .Send("down there still feels a bit off").AssertQuestion("symptoms", contains: "didn't quite get that")
            .Send("none of these").AssertQuestion("context")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_russian_patient_answers_the_closed_question_in_words()
    {
        await new TriageChat("ru-RU").Flow().Welcome()
            .Send("болит спина между лопаток, и в груди как-то нехорошо").AssertQuestion("clarify", contains: "груд")
            .Send("да, давит").AssertOutcome("emergency")
            .StartTestAsync();
    }

    [Fact]
    public async Task Web_chat_gets_yes_and_no_as_suggested_actions()
    {
        await new TriageChat(channelId: Channels.Webchat).Flow().Welcome()
            .Send("my legs feel weird and my lower back aches").AssertReply(activity =>
            {
                Assert.Equal("clarify", TriageChat.StepOf(activity));
                Assert.Equal(["Yes", "No"], activity.AsMessageActivity().SuggestedActions.Actions.Select(a => a.Title));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Teams_gets_yes_and_no_as_hero_card_buttons()
    {
        await new TriageChat("ru-RU", Channels.Msteams).Flow().Welcome()
            .Send("ноги какие-то странные, поясница болит").AssertReply(activity =>
            {
                Assert.Equal("clarify", TriageChat.StepOf(activity));
                var card = Assert.IsType<HeroCard>(activity.AsMessageActivity().Attachments.Single().Content);
                Assert.Equal(["Да", "Нет"], card.Buttons.Select(b => b.Title));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task No_more_than_two_closed_questions_are_asked()
    {
        await new TriageChat().Flow().Welcome()
            .Send("my lower back hurts and my chest feels strange").AssertQuestion("clarify")
            .Send("no").AssertQuestion("symptoms")
            .Send("my legs are weird").AssertQuestion("clarify")
            .Send("no").AssertQuestion("symptoms") // the half-said legs did not answer it
            .Send("none of these").AssertQuestion("context")
            .Send("my bladder has been odd").AssertQuestion("context", contains: "didn't quite get that")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "my upper back is numb and my chest feels kind of funny", "yes, but no pain as such")]
    [InlineData("en-US", "my upper back is numb and my chest feels kind of funny", "it does, yes")]
    [InlineData("ru-RU", "болит спина между лопаток, и в груди как-то нехорошо", "да, но боли нет")]
    [InlineData("ru-RU", "поясница болит, и с туалетом что-то не то", "не могу")]
    [InlineData("ru-RU", "поясница болит, и с туалетом что-то не то", "никак не получается")]
    [InlineData("en-US", "my lower back hurts and my bladder has been odd", "I can't")]
    public Task A_yes_in_the_patients_own_words_calls_the_ambulance(string locale, string opening, string answer) =>
        new TriageChat(locale).Flow().Welcome()
            .Send(opening).AssertQuestion("clarify")
            .Send(answer).AssertOutcome("emergency")
            .StartTestAsync();

    [Theory]
    [InlineData("en-US", "my upper back is numb and my chest feels kind of funny", "not sure")]
    [InlineData("en-US", "my upper back is numb and my chest feels kind of funny", "absolutely not")]
    [InlineData("en-US", "my upper back is numb and my chest feels kind of funny", "No, I can't feel any pressure in my chest")]
    [InlineData("en-US", "my upper back is numb and my chest feels kind of funny", "I can't feel any pressure")]
    [InlineData("en-US", "my upper back is numb and my chest feels kind of funny", "no idea")]
    [InlineData("ru-RU", "болит спина между лопаток, и в груди как-то нехорошо", "нет, давления в груди не чувствую")]
    [InlineData("ru-RU", "болит спина между лопаток, и в груди как-то нехорошо", "не уверена")]
    [InlineData("ru-RU", "болит спина между лопаток, и в груди как-то нехорошо", "да нет")]
    [InlineData("ru-RU", "болит спина между лопаток, и в груди как-то нехорошо", "конечно нет")]
    public Task A_no_or_not_sure_goes_on_with_the_questions(string locale, string opening, string answer) =>
        new TriageChat(locale).Flow().Welcome()
            .Send(opening).AssertQuestion("clarify")
            .Send(answer).AssertQuestion("symptoms")
            .StartTestAsync();
}
