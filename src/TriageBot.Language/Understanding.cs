namespace TriageBot.Language;

/// <summary>What one message says.</summary>
/// <param name="Mentions">Every finding mentioned, affirmed or negated, with the words that said it.</param>
/// <param name="Command">A command instead of (or besides) an answer: help, start over, staff, forget me.</param>
/// <param name="SaysNone">The message answers "no", "none", "nothing else", "fine" (нет, ничего, нормально).</param>
public sealed record Understanding(IReadOnlyList<Mention> Mentions, PatientCommand? Command, bool SaysNone)
{
    public static Understanding Nothing { get; } = new([], null, false);

    public IEnumerable<Mention> Affirmed => Mentions.Where(m => !m.Negated);
}
