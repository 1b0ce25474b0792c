namespace TriageBot.Language;

/// <summary>For each token of a message, the clause it belongs to (split at full stops and at "but") and the part
/// between commas within it; a finding's concepts meet within one part, a story's ("~") within one clause.</summary>
/// <param name="Words">Meaningful words before each token (function words like "the", "my", "в" and marks not
/// counted): the distance between concepts is measured in these.</param>
internal sealed record TextParts(int[] Clauses, int[] Parts, int[] Words)
{
    /// <summary>Meaningful words from token <paramref name="from"/> up to (not including) <paramref name="to"/>.</summary>
    public int WordsBetween(int from, int to) => to <= from ? 0 : Words[to] - Words[from];
}
