using TriageBot.Triage.Model;

namespace TriageBot.Triage;

/// <summary>What the bot advises and why; ids as in PROTOCOL.md and the public triage contract.</summary>
/// <param name="Findings">Every finding heard or derived, in protocol order.</param>
/// <param name="Reasons">The findings that set the disposition ("because you mentioned ...").</param>
/// <param name="Specialists">The therapist first, then the specialists the findings point to.</param>
/// <param name="ExerciseTherapy">Whether to offer the article's exercises (never with fever).</param>
/// <param name="NeckMri">Neck numbness with neurological signs: mention the MRI of skull base and cervical spine.</param>
public sealed record TriageOutcome(
    Disposition Disposition,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Specialists,
    IReadOnlyList<string> Tips,
    bool ExerciseTherapy,
    bool NeckMri);
