namespace TriageBot.Language;

/// <summary>
/// A lexicon phrase as word patterns: a folded word, a word start ("онемел*" matches онемела, онемело...),
/// or a gap "_" that skips up to <see cref="MaxGap"/> words ("pressure _ chest": pressure in my chest).
/// </summary>
internal sealed class Phrase
{
    public const int MaxGap = 3;

    /// <summary>Shorter lexicon words are too close to too many others to guess at.</summary>
    public const int MinTypoLength = 4;
    private readonly string[] _patterns;

    public Phrase(string id, string text, string language)
    {
        Id = id;
        _patterns = [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(raw => raw switch
        {
            "_" => "_",
            _ when raw.EndsWith('*') => Tokenizer.Fold(raw[..^1], "") + "*", // a word start is compared with the word as written
            _ => Tokenizer.Fold(raw, language),
        })];
        if (_patterns.Length == 0)
            throw new InvalidDataException($"Empty phrase for '{id}'.");
    }

    public string Id { get; }

    /// <summary>The first word as matched exactly; null when the phrase starts with a word start or a gap.</summary>
    public string? FirstWord => _patterns[0] is var first && first != "_" && !first.EndsWith('*') ? first : null;

    public int Length => _patterns.Length;

    /// <summary>The index after the last word matched when the phrase starts at <paramref name="start"/>; -1 if not.
    /// <paramref name="skipped"/> receives the words its gaps stepped over ("в груди не давит": "не").</summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int start, List<int> skipped)
    {
        skipped.Clear();
        return Match(tokens, start, 0, skipped);
    }

    private int Match(IReadOnlyList<Token> tokens, int at, int pattern, List<int> skipped)
    {
        if (pattern == _patterns.Length)
            return at;
        var p = _patterns[pattern];
        if (p == "_")
        {
            var mark = skipped.Count;
            for (var skip = 0; skip <= MaxGap && at + skip <= tokens.Count; skip++)
            {
                if (skip > 0 && tokens[at + skip - 1].Folded == Tokenizer.ClauseMark)
                    break;
                if (skip > 0)
                    skipped.Add(at + skip - 1);
                var end = Match(tokens, at + skip, pattern + 1, skipped);
                if (end >= 0)
                    return end;
                skipped.RemoveRange(mark + skip, skipped.Count - (mark + skip));
            }

            skipped.RemoveRange(mark, skipped.Count - mark);
            return -1;
        }

        if (at >= tokens.Count || !Fits(p, tokens[at]))
            return -1;
        return Match(tokens, at + 1, pattern + 1, skipped);
    }

    private static bool Fits(string pattern, Token token)
    {
        var word = token.Folded;
        var written = token.Lower ?? word;
        if (pattern.EndsWith('*'))
        {
            var start = pattern.AsSpan(0, pattern.Length - 1);
            return written.AsSpan().StartsWith(start, StringComparison.Ordinal)
                || (!token.Known && start.Length > MinTypoLength && MisspeltStart(start.ToString(), written));
        }

        if (pattern == word)
            return true;

        // A misspelling ("numm", "lowr") is one edit from a lexicon word; a real word never is taken for another.
        return !token.Known && pattern.Length >= MinTypoLength && word.Length >= MinTypoLength - 1
            && (EditDistance.AtMostOne(pattern, word) || EditDistance.AtMostOne(pattern, written));
    }

    /// <summary>The word begins with the start misspelt once ("пояснца" for поясниц*).</summary>
    private static bool MisspeltStart(string start, string written)
    {
        for (var length = start.Length - 1; length <= start.Length + 1; length++)
        {
            if (length <= written.Length && EditDistance.AtMostOne(start, written[..length]))
                return true;
        }

        return false;
    }
}
