namespace TriageBot.Language;

/// <summary>Where a phrase occurs: tokens [Start, End).</summary>
internal readonly record struct PhraseMatch(string Id, int Start, int End)
{
    public int Length => End - Start;

    public bool Within(PhraseMatch other) => Start >= other.Start && End <= other.End && Length < other.Length;
}
