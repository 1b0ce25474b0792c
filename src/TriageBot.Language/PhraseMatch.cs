namespace TriageBot.Language;

/// <summary>Where a phrase occurs: tokens [Start, End), and the words its gaps stepped over.</summary>
internal readonly record struct PhraseMatch(string Id, int Start, int End, int[]? Skipped = null)
{
    public int Length => End - Start;

    public bool Within(PhraseMatch other) => Start >= other.Start && End <= other.End && Length < other.Length;

    public bool Overlaps(PhraseMatch other) => Start < other.End && other.Start < End;
}
