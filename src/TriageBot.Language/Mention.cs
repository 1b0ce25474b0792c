namespace TriageBot.Language;

/// <summary>A finding in the patient's words: "no fever" is a negated mention of fever.</summary>
public sealed record Mention(string FindingId, string Evidence, bool Negated);
