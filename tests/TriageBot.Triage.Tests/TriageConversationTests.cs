using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Every transition of the machine, one test each.</summary>
public sealed class TriageConversationTests
{
    private readonly TriageRecord _record = new();
    private readonly TriageConversation _conversation;

    public TriageConversationTests() => _conversation = new TriageConversation(_record, TriageProtocol.Default);

    [Fact]
    public void A_new_conversation_asks_the_complaint_first()
    {
        Assert.Equal(TriageStep.Complaint, _conversation.Step);
    }

    [Fact]
    public void Answering_the_complaint_asks_where_it_is()
    {
        Answer("numbness");
        Assert.Equal(TriageStep.Location, _conversation.Step);
    }

    [Fact]
    public void A_complaint_that_also_names_the_place_skips_the_location_question()
    {
        Answer("numbness", "lumbar");
        Assert.Equal(TriageStep.Symptoms, _conversation.Step);
    }

    [Fact]
    public void Answering_the_location_asks_about_other_symptoms()
    {
        Answer("pain");
        Answer("lumbar");
        Assert.Equal(TriageStep.Symptoms, _conversation.Step);
    }

    [Fact]
    public void Answering_the_symptoms_asks_about_the_context()
    {
        Answer("pain", "lumbar");
        Answer();
        Assert.Equal(TriageStep.Context, _conversation.Step);
    }

    [Fact]
    public void Answering_the_context_asks_about_sleep_when_the_advice_will_include_tips()
    {
        Answer("pain", "lumbar");
        Answer();
        Answer();
        Assert.Equal(TriageStep.Sleep, _conversation.Step);
    }

    [Fact]
    public void An_urgent_case_is_still_asked_how_they_sleep_and_sit_and_a_red_flag_told_there_calls_the_ambulance()
    {
        Answer("pain", "lumbar");
        Answer("fever");
        Answer();
        Assert.Equal(TriageStep.Sleep, _conversation.Step);
        Answer();
        Assert.Equal(TriageStep.Posture, _conversation.Step);
        Answer("major_trauma");
        Assert.Equal(TriageStep.Emergency, _conversation.Step);
    }

    [Fact]
    public void An_urgent_case_ends_with_the_call_today_after_the_habits()
    {
        Answer("pain", "lumbar");
        Answer("fever");
        Answer();
        Answer("mattress_unsuitable");
        Answer();
        Assert.Equal(TriageStep.Outcome, _conversation.Step);
        Assert.Equal(Disposition.Urgent, _conversation.Outcome.Disposition);
    }

    [Fact]
    public void Answering_sleep_asks_about_posture()
    {
        Answer("pain", "lumbar");
        Answer();
        Answer();
        Answer("mattress_unsuitable");
        Assert.Equal(TriageStep.Posture, _conversation.Step);
    }

    [Fact]
    public void Answering_posture_gives_the_outcome()
    {
        Answer("pain", "lumbar");
        Answer();
        Answer();
        Answer();
        Answer("long_sitting");
        Assert.Equal(TriageStep.Outcome, _conversation.Step);
    }

    [Fact]
    public void A_sleep_habit_mentioned_in_passing_still_asks_about_sleep_for_the_other_habits()
    {
        Answer("pain", "lumbar", "mattress_unsuitable");
        Answer();
        Answer();
        Assert.Equal(TriageStep.Sleep, _conversation.Step);
        Assert.Contains("mattress", _conversation.Outcome.Tips);
    }

    [Fact]
    public void An_urgent_sign_mentioned_before_the_symptoms_question_does_not_skip_it()
    {
        Answer("pain", "lumbar", "fever");
        Assert.Equal(TriageStep.Symptoms, _conversation.Step);
    }

    [Fact]
    public void An_answer_not_understood_asks_the_same_question_again()
    {
        Answer("pain");
        Miss();
        Assert.Equal(TriageStep.Location, _conversation.Step);
        Assert.True(_conversation.IsAskingAgain);
    }

    [Fact]
    public void A_second_answer_not_understood_moves_on_and_records_the_step_as_not_answered()
    {
        Answer("pain");
        Miss();
        Miss();
        Assert.Equal(TriageStep.Symptoms, _conversation.Step);
        Assert.False(_conversation.IsAskingAgain);
        Assert.Contains(TriageStep.Location, _record.UnansweredSteps);
    }

    [Fact]
    public void Misses_are_counted_per_question()
    {
        Answer("pain");
        Miss();
        Answer("lumbar");
        Miss();
        Assert.Equal(TriageStep.Symptoms, _conversation.Step);
        Assert.True(_conversation.IsAskingAgain);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_red_flag_at_any_question_gives_the_emergency_at_once(int answersBefore)
    {
        string[][] answers = [["pain"], ["lumbar"], [], [], [], []];
        foreach (var answer in answers.Take(answersBefore))
            Answer(answer);
        Assert.Equal((TriageStep)answersBefore, _conversation.Step);

        Mention("chest_pressure");

        Assert.Equal(TriageStep.Emergency, _conversation.Step);
        Assert.Equal(Disposition.Emergency, _conversation.Outcome.Disposition);
    }

    [Fact]
    public void A_red_flag_after_the_advice_still_gives_the_emergency()
    {
        AnswerEverything();
        Mention("vomiting");
        Assert.Equal(TriageStep.Emergency, _conversation.Step);
    }

    [Fact]
    public void A_red_flag_after_the_emergency_keeps_the_emergency()
    {
        Mention("chest_pressure");
        Mention("breathing_difficulty");
        Assert.Equal(TriageStep.Emergency, _conversation.Step);
        Assert.Contains("breathing_difficulty", _conversation.Outcome.Reasons);
    }

    [Fact]
    public void A_denied_red_flag_never_escalates()
    {
        _conversation.Hear(new PatientAnswer([Heard("pain")], [Heard("chest_pressure"), Heard("high_fever")], true));
        Assert.Equal(TriageStep.Location, _conversation.Step);
        Assert.Equal(Disposition.SelfCare, _conversation.Outcome.Disposition);
    }

    [Fact]
    public void Messages_after_the_advice_leave_the_advice_as_it_is()
    {
        AnswerEverything();
        Answer("pain");
        Miss();
        Assert.Equal(TriageStep.Outcome, _conversation.Step);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public void Starting_over_during_the_questions_returns_to_the_first_question_with_nothing_remembered(int answersBefore)
    {
        string[][] answers = [["numbness"], ["lumbar"], [], [], []];
        foreach (var answer in answers.Take(answersBefore))
            Answer(answer);

        _conversation.StartOver();

        Assert.Equal(TriageStep.Complaint, _conversation.Step);
        Assert.Empty(_record.Findings);
        Assert.Empty(_record.AnsweredSteps);
    }

    [Fact]
    public void Starting_over_after_the_advice_returns_to_the_first_question()
    {
        AnswerEverything();
        _conversation.StartOver();
        Assert.Equal(TriageStep.Complaint, _conversation.Step);
        Assert.Empty(_record.Findings);
    }

    [Fact]
    public void Starting_over_after_the_emergency_returns_to_the_first_question()
    {
        Mention("major_trauma");
        _conversation.StartOver();
        Assert.Equal(TriageStep.Complaint, _conversation.Step);
        Assert.Empty(_record.Findings);
    }

    [Fact]
    public void The_conversation_continues_from_the_record_alone()
    {
        Answer("numbness", "lumbar");
        var resumed = new TriageConversation(_record, TriageProtocol.Default);
        Assert.Equal(TriageStep.Symptoms, resumed.Step);
    }

    private void AnswerEverything()
    {
        Answer("pain", "lumbar");
        for (var i = 0; i < 4; i++)
            Answer();
        Assert.Equal(TriageStep.Outcome, _conversation.Step);
    }

    [Fact]
    public void Half_a_red_flag_gets_a_closed_question_and_then_the_next_question()
    {
        Answer("pain", "lumbar");
        HalfSay("chest_pressure");
        Assert.Equal(TriageStep.Clarify, _conversation.Step);
        Assert.Equal("chest_pressure", _conversation.Clarifying);
        Answer();
        Assert.Equal(TriageStep.Context, _conversation.Step);
        Assert.Null(_conversation.Clarifying);
    }

    [Fact]
    public void A_yes_to_the_closed_question_is_the_red_flag_and_the_emergency()
    {
        Answer("numbness", "thoracic");
        HalfSay("chest_pressure");
        Answer("chest_pressure");
        Assert.Equal(TriageStep.Emergency, _conversation.Step);
        Assert.Equal(Disposition.Emergency, _conversation.Outcome.Disposition);
    }

    [Fact]
    public void An_answer_not_understood_that_half_says_a_red_flag_is_asked_about_and_then_asked_again()
    {
        Answer("pain", "lumbar");
        _conversation.Hear(new PatientAnswer([], [], AnswersQuestion: false, [Heard("saddle_numbness")]));
        Assert.Equal(TriageStep.Clarify, _conversation.Step);
        Answer();
        Assert.Equal(TriageStep.Symptoms, _conversation.Step);
    }

    [Fact]
    public void Half_a_red_flag_in_the_last_answer_is_asked_about_before_the_advice()
    {
        Answer("pain", "lumbar");
        Answer();
        Answer();
        Answer();
        HalfSay("breathing_difficulty");
        Assert.Equal(TriageStep.Clarify, _conversation.Step);
        Answer();
        Assert.Equal(TriageStep.Outcome, _conversation.Step);
        Assert.Equal(Disposition.SelfCare, _conversation.Outcome.Disposition);
    }

    [Fact]
    public void No_more_than_two_closed_questions_are_asked_in_one_conversation()
    {
        Answer("pain", "lumbar");
        HalfSay("chest_pressure");
        Answer();
        HalfSay("both_legs");
        Answer();
        Assert.Equal(TriageStep.Sleep, _conversation.Step);
        HalfSay("bladder_bowel");
        Assert.Equal(TriageStep.Posture, _conversation.Step);
    }

    [Fact]
    public void A_red_flag_already_denied_or_asked_about_is_never_asked_about_again()
    {
        Answer("pain", "lumbar");
        _conversation.Hear(new PatientAnswer([], [Heard("chest_pressure")], AnswersQuestion: true, [Heard("chest_pressure")]));
        Assert.Equal(TriageStep.Context, _conversation.Step);
        HalfSay("vomiting");
        Answer();
        HalfSay("vomiting");
        Assert.Equal(TriageStep.Posture, _conversation.Step);
    }

    [Fact]
    public void Another_red_flag_half_said_in_the_answer_to_a_closed_question_is_asked_about_next()
    {
        Answer("pain", "lumbar");
        HalfSay("chest_pressure");
        _conversation.Hear(new PatientAnswer([], [Heard("chest_pressure")], AnswersQuestion: true, [Heard("both_legs")]));
        Assert.Equal(TriageStep.Clarify, _conversation.Step);
        Assert.Equal("both_legs", _conversation.Clarifying);
        Answer();
        Assert.Equal(TriageStep.Context, _conversation.Step); // the symptoms were answered with the first half-said flag
    }

    [Fact]
    public void A_conversation_saved_at_a_closed_question_without_its_red_flag_goes_back_to_the_questions()
    {
        Answer("pain", "lumbar");
        _record.Step = TriageStep.Clarify;
        _record.InterruptedStep = TriageStep.Symptoms;
        _record.Clarifying = null;
        Assert.Equal(TriageStep.Symptoms, new TriageConversation(_record, TriageProtocol.Default).Step);
    }

    [Fact]
    public void Half_of_a_finding_that_is_no_red_flag_asks_nothing()
    {
        Answer("pain", "lumbar");
        HalfSay("fever");
        Assert.Equal(TriageStep.Context, _conversation.Step);
    }

    [Fact]
    public void Starting_over_during_a_closed_question_asks_the_first_question()
    {
        Answer("pain", "lumbar");
        HalfSay("chest_pressure");
        _conversation.StartOver();
        Assert.Equal(TriageStep.Complaint, _conversation.Step);
        Assert.Empty(_record.AskedAbout);
    }

    private void HalfSay(string finding) =>
        _conversation.Hear(new PatientAnswer([], [], AnswersQuestion: true, [Heard(finding)]));

    private void Answer(params string[] findings) =>
        _conversation.Hear(new PatientAnswer([.. findings.Select(Heard)], [], AnswersQuestion: true));

    private void Mention(string finding) =>
        _conversation.Hear(new PatientAnswer([Heard(finding)], [], AnswersQuestion: false));

    private void Miss() => _conversation.Hear(new PatientAnswer([], [], AnswersQuestion: false));

    private HeardFinding Heard(string id) => new(id, id, _conversation.Step);
}
