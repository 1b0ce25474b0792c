namespace TriageBot.Language;

/// <summary>For each token of a message, the clause it belongs to (split at full stops and at "but") and the part
/// between commas within it. A finding's concepts meet within one part; a story's ("~") within one clause.</summary>
internal sealed record TextParts(int[] Clauses, int[] Parts);
