namespace TriageBot.Storage.Conversations;

/// <summary>A finding and the patient's words that gave it, at the question being asked (stored encrypted).</summary>
public sealed record HeardWords(string Finding, string Words, string Step);
