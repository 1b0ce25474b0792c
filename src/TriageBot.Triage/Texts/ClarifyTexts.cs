namespace TriageBot.Triage.Texts;

/// <summary>The closed question asked when a red flag is half said (PROTOCOL.md, "Asking when unsure").</summary>
/// <param name="Yes">The button that affirms the finding.</param>
/// <param name="No">The button that does not.</param>
/// <param name="Questions">One question per red flag finding id.</param>
public sealed record ClarifyTexts(string Yes, string No, IReadOnlyDictionary<string, string> Questions);
