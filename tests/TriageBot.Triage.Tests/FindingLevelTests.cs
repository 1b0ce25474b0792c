using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>PROTOCOL.md section 2 as a table: the disposition each finding gives beside plain back pain.</summary>
public sealed class FindingLevelTests
{
    public static TheoryData<string, Disposition> Levels => new()
    {
        { "pain", Disposition.SelfCare },
        { "numbness", Disposition.Urgent }, // numbness with the pain of this table is numbness_with_pain
        { "cervical", Disposition.SelfCare },
        { "thoracic", Disposition.SelfCare },
        { "lumbar", Disposition.SelfCare },
        { "to_arm", Disposition.SelfCare },
        { "to_leg", Disposition.Consult }, // implies radiating_leg
        { "chest_pressure", Disposition.Emergency },
        { "vomiting", Disposition.Emergency },
        { "severe_dizziness", Disposition.Emergency },
        { "high_fever", Disposition.Emergency },
        { "worsening_fast", Disposition.Emergency },
        { "saddle_numbness", Disposition.Emergency },
        { "bladder_bowel", Disposition.Emergency },
        { "both_legs", Disposition.Emergency },
        { "major_trauma", Disposition.Emergency },
        { "breathing_difficulty", Disposition.Emergency },
        { "numbness_with_pain", Disposition.Urgent },
        { "pregnancy", Disposition.Urgent },
        { "fever", Disposition.Urgent },
        { "weight_loss", Disposition.Urgent },
        { "cancer_history", Disposition.Urgent },
        { "night_pain", Disposition.Urgent },
        { "leg_weakness", Disposition.Urgent },
        { "digestive_signs", Disposition.Consult },
        { "urinary_signs", Disposition.Consult },
        { "prostate_signs", Disposition.Consult },
        { "gyn_signs", Disposition.Consult },
        { "neuro_signs", Disposition.Consult },
        { "minor_injury", Disposition.Consult },
        { "spine_condition", Disposition.Consult },
        { "radiating_leg", Disposition.Consult },
        { "persistent", Disposition.Consult },
        { "mattress_unsuitable", Disposition.SelfCare },
        { "pillow_high", Disposition.SelfCare },
        { "sleeps_on_stomach", Disposition.SelfCare },
        { "late_meals_alcohol", Disposition.SelfCare },
        { "long_sitting", Disposition.SelfCare },
        { "slouching", Disposition.SelfCare },
        { "one_sided_load", Disposition.SelfCare },
        { "heavy_work", Disposition.SelfCare },
        { "little_movement", Disposition.SelfCare },
        { "cold_drafts", Disposition.SelfCare },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void Each_finding_beside_back_pain_gives_its_protocol_level(string finding, Disposition expected)
    {
        var outcome = new OutcomeRules(TriageProtocol.Default).Decide(["pain", finding]);
        Assert.Equal(expected, outcome.Disposition);
    }

    [Fact]
    public void Numbness_alone_is_at_least_a_visit_to_the_therapist()
    {
        Assert.Equal(Disposition.Consult, new OutcomeRules(TriageProtocol.Default).DispositionOf(["numbness", "lumbar"]));
    }

    [Fact]
    public void The_table_covers_every_finding_of_the_protocol()
    {
        var covered = Levels.Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(TriageProtocol.Default.Findings.Select(f => f.Id).Order(), covered.Order());
    }
}
