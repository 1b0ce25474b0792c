namespace TriageBot.Language;

/// <summary>One word of a message: its folded form for matching and where it stands in the original text.</summary>
/// <param name="Known">A real word of the language (or a clause mark): never matched by typo tolerance.</param>
/// <param name="Lower">The word lower-cased but not folded: a misspelling is compared as typed ("breathles").</param>
internal readonly record struct Token(string Folded, int Start, int End, bool Known = true, string? Lower = null);
