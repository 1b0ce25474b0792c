namespace TriageBot.Language;

/// <summary>
/// The phrases that can start at a word: those whose first word it is, those starting with a word start or a
/// gap, and, for a word the language does not know (a possible typo), every phrase.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly IReadOnlyList<Phrase> _all;
    private readonly Dictionary<string, List<Phrase>> _byFirstWord;
    private readonly List<Phrase> _open;

    public PhraseIndex(IReadOnlyList<Phrase> phrases)
    {
        _all = phrases;
        _byFirstWord = phrases.Where(p => p.FirstWord is not null).GroupBy(p => p.FirstWord!).ToDictionary(g => g.Key, g => g.ToList());
        _open = [.. phrases.Where(p => p.FirstWord is null)];
    }

    public IEnumerable<Phrase> At(Token token) => !token.Known
        ? _all
        : _byFirstWord.TryGetValue(token.Folded, out var starting) ? starting.Concat(_open) : _open;
}
