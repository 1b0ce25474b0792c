namespace TriageBot.Triage.Model;

/// <summary>One finding of PROTOCOL.md as the protocol files define it.</summary>
/// <param name="Level">The disposition this finding sets on its own; null when it only informs (location, habits).</param>
/// <param name="Answers">The question this finding answers when the patient says it before being asked.</param>
/// <param name="DerivedFrom">Sets of findings that together imply this one (numbness and pain imply numbness_with_pain).</param>
/// <param name="History">How the past counts: a lifelong finding always (cancer years ago), a recent one unless it
/// was long ago (a fall last week, not one twenty years ago); any other finding of a past that is over does not.</param>
public sealed record FindingDefinition(
    string Id,
    string Group,
    Disposition? Level,
    TriageStep? Answers,
    IReadOnlyList<string> Specialists,
    string? Tip,
    IReadOnlyList<IReadOnlyList<string>> DerivedFrom,
    FindingHistory History)
{
    public bool IsRedFlag => Level == Disposition.Emergency;
}
