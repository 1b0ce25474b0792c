using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

public sealed class OutcomeRulesTests
{
    private readonly OutcomeRules _rules = new(TriageProtocol.Default);

    [Fact]
    public void The_most_urgent_finding_decides()
    {
        Assert.Equal(Disposition.Emergency, _rules.DispositionOf(["pain", "digestive_signs", "fever", "vomiting"]));
    }

    [Fact]
    public void Nothing_heard_is_self_care()
    {
        Assert.Equal(Disposition.SelfCare, _rules.DispositionOf([]));
    }

    [Fact]
    public void Numbness_and_pain_together_are_named_as_the_reason_to_call_today()
    {
        var outcome = _rules.Decide(["numbness", "pain", "lumbar"]);
        Assert.Equal(Disposition.Urgent, outcome.Disposition);
        Assert.Equal(["numbness_with_pain"], outcome.Reasons);
        Assert.Contains("numbness_with_pain", outcome.Findings);
    }

    [Fact]
    public void A_visit_names_the_therapist_first_then_the_specialists_found()
    {
        var outcome = _rules.Decide(["numbness", "lumbar", "spine_condition", "digestive_signs"]);
        Assert.Equal(Disposition.Consult, outcome.Disposition);
        Assert.Equal(["therapist", "gastroenterologist", "neurologist", "orthopedist"], outcome.Specialists);
    }

    [Fact]
    public void Pain_going_down_a_leg_sends_to_a_neurologist()
    {
        var outcome = _rules.Decide(["numbness", "lumbar", "to_leg"]);
        Assert.Contains("radiating_leg", outcome.Findings);
        Assert.Contains("neurologist", outcome.Specialists);
    }

    [Fact]
    public void Habits_select_their_tips_and_the_general_tip_is_always_given()
    {
        var outcome = _rules.Decide(["pain", "lumbar", "mattress_unsuitable", "long_sitting"]);
        Assert.Equal(Disposition.SelfCare, outcome.Disposition);
        Assert.Equal(["mattress", "breaks", "general"], outcome.Tips);
    }

    [Fact]
    public void Self_care_offers_exercise_therapy()
    {
        Assert.True(_rules.Decide(["pain", "lumbar"]).ExerciseTherapy);
    }

    [Fact]
    public void Exercise_therapy_is_never_offered_with_a_fever()
    {
        Assert.False(_rules.Decide(["pain", "lumbar", "fever"]).ExerciseTherapy);
    }

    [Fact]
    public void An_emergency_names_no_specialists_and_no_tips()
    {
        var outcome = _rules.Decide(["numbness", "chest_pressure", "mattress_unsuitable", "digestive_signs"]);
        Assert.Empty(outcome.Specialists);
        Assert.Empty(outcome.Tips);
        Assert.Equal(["chest_pressure"], outcome.Reasons);
    }

    [Fact]
    public void A_call_today_also_gives_the_tips_for_the_habits_heard()
    {
        Assert.Contains("mattress", _rules.Decide(["pain", "pregnancy", "mattress_unsuitable"]).Tips);
    }

    [Fact]
    public void An_emergency_gives_no_lifestyle_tips()
    {
        Assert.Empty(_rules.Decide(["pain", "chest_pressure", "mattress_unsuitable"]).Tips);
    }

    [Fact]
    public void Neck_numbness_with_headaches_mentions_the_mri_of_the_skull_base()
    {
        Assert.True(_rules.Decide(["numbness", "cervical", "neuro_signs"]).NeckMri);
        Assert.False(_rules.Decide(["numbness", "lumbar", "neuro_signs"]).NeckMri);
    }
}
