namespace TriageBot.Triage.Model;

/// <summary>One finding of PROTOCOL.md as the protocol files define it.</summary>
/// <param name="Level">The disposition this finding sets on its own; null when it only informs (location, habits).</param>
/// <param name="Answers">The question this finding answers when the patient says it before being asked.</param>
/// <param name="DerivedFrom">Sets of findings that together imply this one (numbness and pain imply numbness_with_pain).</param>
/// <param name="IsHistory">Said of the past it still counts (cancer years ago); other findings of a past that is over do not.</param>
public sealed record FindingDefinition(
    string Id,
    string Group,
    Disposition? Level,
    TriageStep? Answers,
    IReadOnlyList<string> Specialists,
    string? Tip,
    IReadOnlyList<IReadOnlyList<string>> DerivedFrom,
    bool IsHistory)
{
    public bool IsRedFlag => Level == Disposition.Emergency;
}
