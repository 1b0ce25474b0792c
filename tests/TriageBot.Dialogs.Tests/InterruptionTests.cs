using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TriageBot.Dialogs.Tests;

/// <summary>Help, start over, talk to staff, forget me, and a red flag: at any step.</summary>
public sealed class InterruptionTests
{
    [Fact]
    public async Task Help_explains_the_bot_and_asks_the_same_question_again()
    {
        await new TriageChat().Flow().Welcome()
            .Send("My lower back hurts").AssertQuestion("symptoms")
            .Send("help").AssertText("start over")
            .AssertQuestion("symptoms")
            .StartTestAsync();
    }

    [Fact]
    public async Task Starting_over_forgets_the_answers_and_asks_the_first_question()
    {
        await new TriageChat().Flow().Welcome()
            .Send("My lower back is numb and it aches").AssertQuestion("symptoms")
            .Send("start over").AssertReply(a => Assert.Null(TriageChat.StepOf(a)))
            .AssertQuestion("complaint")
            .Send("Pain").AssertQuestion("location")
            .Send("Lower back").AssertQuestion("symptoms")
            .Send("None of these").AssertQuestion("context")
            .Send("None of these").AssertQuestion("sleep") // numbness was forgotten: no longer urgent
            .StartTestAsync();
    }

    [Fact]
    public async Task Asking_for_staff_sends_the_handoff_event_gives_the_clinic_phone_and_carries_on()
    {
        await new TriageChat().Flow().Welcome()
            .Send("My lower back hurts").AssertQuestion("symptoms")
            .Send("talk to staff").AssertText("+44 20 7946 0000")
            .AssertQuestion("symptoms")
            .AssertReply(activity =>
            {
                Assert.Equal(ActivityTypes.Event, activity.Type);
                Assert.Equal(HandoffEventNames.InitiateHandoff, ((IEventActivity)activity).Name);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Forget_me_deletes_the_conversation_and_confirms()
    {
        var chat = new TriageChat();
        await chat.Flow().Welcome()
            .Send("My lower back is numb").AssertQuestion("symptoms")
            .Send("forget me").AssertText("deleted")
            .StartTestAsync();

        var key = $"test/conversations/{chat.Adapter.Conversation.Conversation.Id}";
        Assert.Empty(await chat.Storage.ReadAsync([key], CancellationToken.None));
    }

    [Fact]
    public async Task A_red_flag_wins_over_a_command_in_the_same_message()
    {
        await new TriageChat().Flow().Welcome()
            .Send("help, I have chest pain").AssertOutcome("emergency")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("Pain", "I fell off a ladder")]
    [InlineData("Lower back", "I can't breathe properly")]
    public async Task A_red_flag_typed_at_any_question_escalates_at_once(string answerBefore, string redFlag)
    {
        var flow = new TriageChat().Flow().Welcome();
        flow = answerBefore == "Pain"
            ? flow.Send(answerBefore).AssertQuestion("location")
            : flow.Send("Pain").AssertQuestion("location").Send(answerBefore).AssertQuestion("symptoms");
        await flow.Send(redFlag).AssertOutcome("emergency").StartTestAsync();
    }

    [Fact]
    public async Task A_red_flag_while_answering_about_sleep_escalates_at_once()
    {
        await new TriageChat().Flow().Welcome()
            .Send("My lower back aches in the mornings").AssertQuestion("symptoms")
            .Send("no").AssertQuestion("context")
            .Send("no").AssertQuestion("sleep")
            .Send("soft mattress... actually I'm starting to feel pressure in my chest now").AssertOutcome("emergency")
            .StartTestAsync();
    }
}
