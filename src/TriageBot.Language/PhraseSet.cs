namespace TriageBot.Language;

/// <summary>A list of lexicon phrases with its index, so that finding them in a message tries only those that can start at each word.</summary>
internal sealed class PhraseSet(IReadOnlyList<Phrase> phrases) : IReadOnlyList<Phrase>
{
    public PhraseIndex Index { get; } = new(phrases);

    public Phrase this[int index] => phrases[index];

    public int Count => phrases.Count;

    public IEnumerator<Phrase> GetEnumerator() => phrases.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
