namespace TriageBot.Dialogs.Tests;

/// <summary>Asking once more, moving on, skipping what was already said, never escalating a denial.</summary>
public sealed class StepFlowTests
{
    [Fact]
    public async Task An_answer_not_understood_is_asked_again_with_an_example()
    {
        await new TriageChat().Flow().Welcome()
            .Send("Pain").AssertQuestion("location")
            .Send("banana").AssertQuestion("location", contains: "For example")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_second_answer_not_understood_moves_on_to_the_next_question()
    {
        await new TriageChat().Flow().Welcome()
            .Send("Pain").AssertQuestion("location")
            .Send("banana").AssertQuestion("location")
            .Send("banana again").AssertQuestion("symptoms")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "My lower back aches", "no", "Only my blood pressure tablets, the doctor says I'm fine")]
    [InlineData("ru-RU", "Болит поясница", "нет", "Только таблетки от давления пью, а так здорова")]
    public async Task An_answer_about_health_the_protocol_does_not_list_answers_the_question(string locale, string opening, string no, string context)
    {
        await new TriageChat(locale).Flow().Welcome()
            .Send(opening).AssertQuestion("symptoms")
            .Send(no).AssertQuestion("context")
            .Send(context).AssertQuestion("sleep")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_opening_that_says_what_and_where_skips_those_questions()
    {
        await new TriageChat().Flow().Welcome()
            .Send("My lower back has been numb since yesterday").AssertQuestion("symptoms")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_opening_with_a_red_flag_gets_the_emergency_without_questions()
    {
        await new TriageChat().Flow().Welcome()
            .Send("My upper back is numb and there's a heavy pressure in my chest").AssertOutcome("emergency")
            .StartTestAsync();
    }

    [Fact]
    public async Task Denied_red_flags_never_escalate()
    {
        await new TriageChat().Flow().Welcome()
            .Send("Lower back ache, no fever, no nausea, no chest pain").AssertQuestion("symptoms")
            .Send("no").AssertQuestion("context")
            .Send("no").AssertQuestion("sleep")
            .Send("ok").AssertQuestion("posture")
            .Send("desk job").AssertOutcome("self_care")
            .StartTestAsync();
    }

    [Fact]
    public async Task Buttons_answer_the_question_they_belong_to()
    {
        await new TriageChat().Flow().Welcome()
            .Send("Numbness or tingling").AssertQuestion("location")
            .StartTestAsync();
    }

    [Fact]
    public async Task After_the_advice_the_bot_offers_to_start_over_or_talk_to_staff()
    {
        await new TriageChat().Flow().Welcome()
            .Send("My lower back is numb and it aches").AssertQuestion("symptoms")
            .Send("no").AssertQuestion("context")
            .Send("no").AssertQuestion("sleep")
            .Send("fine").AssertQuestion("posture")
            .Send("fine").AssertOutcome("urgent")
            .Send("thanks").AssertReply(activity =>
            {
                Assert.Null(TriageChat.StepOf(activity));
                Assert.Contains(activity.AsMessageActivity().SuggestedActions.Actions, a => a.Title == "Start over");
            })
            .StartTestAsync();
    }
}
