namespace TriageBot.Language;

/// <summary>One word of a message: its folded form for matching and where it stands in the original text.</summary>
/// <param name="Known">A real word of the language (or a mark): never matched by typo tolerance.</param>
/// <param name="Lower">The word lower-cased but not folded: a misspelling is compared as typed ("breathles").</param>
/// <param name="Word">The folded word's number among the words phrases start with (<see cref="PhraseWords"/>).</param>
/// <param name="WrittenWord">The same for the word as written.</param>
/// <param name="SentenceEnd">A full stop, question or exclamation mark, semicolon or line break: findings
/// are never put together from words on either side of it.</param>
internal readonly record struct Token(
    string Folded, int Start, int End, bool Known = true, string? Lower = null, bool SentenceEnd = false,
    int Word = PhraseWords.NotLookedUp, int WrittenWord = PhraseWords.NotLookedUp)
{
    /// <summary>The folded word's number, looked up now if the token was made without it.</summary>
    public int FoldedNumber => Word == PhraseWords.NotLookedUp ? PhraseWords.Find(Folded) : Word;

    /// <summary>The written word's number, looked up now if the token was made without it.</summary>
    public int WrittenNumber => WrittenWord == PhraseWords.NotLookedUp ? PhraseWords.Find(Lower ?? Folded) : WrittenWord;

    public bool IsMark => Folded == Tokenizer.ClauseMark;

    /// <summary>A bracket: what it holds is an aside ("my husband (76) has…"), not the end of whose the words are.</summary>
    public bool IsBracket => IsMark && Lower is "(" or ")";
}
