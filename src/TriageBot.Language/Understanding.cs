namespace TriageBot.Language;

/// <summary>What one message says.</summary>
/// <param name="Mentions">Every finding mentioned, affirmed or negated, with the words that said it.</param>
/// <param name="Command">A command instead of (or besides) an answer: help, start over, staff, forget me.</param>
/// <param name="SaysNone">The message answers "no", "none", "nothing else", "fine" (нет, ничего, нормально).</param>
/// <param name="HalfSaid">Red flags half said ("my chest feels funny"): worth a closed question, never a finding.</param>
/// <param name="Answer">How the message answers a closed question, when it does ("yes", "not sure", «нет»).</param>
/// <param name="SpeaksForSomeoneElse">A carer writes for the patient ("my mother's back is numb").</param>
/// <param name="Topics">The questions (step ids) whose subject the message talks about ("medium mattress": sleep).</param>
public sealed record Understanding(
    IReadOnlyList<Mention> Mentions,
    PatientCommand? Command,
    bool SaysNone,
    IReadOnlyList<Mention> HalfSaid,
    ClosedAnswer? Answer = null,
    bool SpeaksForSomeoneElse = false,
    IReadOnlyList<string>? Topics = null)
{
    public static Understanding Nothing { get; } = new([], null, false, []);

    /// <summary>The patient's own findings, now.</summary>
    public IEnumerable<Mention> Affirmed => Mentions.Where(m => m.Affirmed);

    public IEnumerable<Mention> Negated => Mentions.Where(m => m.Negated);

    /// <summary>The patient's findings: the writer's own, or, when a carer writes, those of the person they write for and
    /// not what the carer says of themselves ("I get migraines myself").</summary>
    public IEnumerable<Mention> AffirmedFor(bool someoneElse) =>
        Mentions.Where(m => someoneElse ? m.AffirmedForSomeoneElse && !m.WritersOwn : m.Affirmed);

    public bool IsAbout(string step) => Topics?.Contains(step) == true;
}
