namespace TriageBot.Language;

/// <summary>One word of a message: its folded form for matching and where it stands in the original text.</summary>
internal readonly record struct Token(string Folded, int Start, int End);
