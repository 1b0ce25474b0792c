using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace TriageBot.Language;

/// <summary>
/// A lexicon phrase as word patterns: a word in any of its forms, a word start ("онемел*" matches онемела,
/// онемело...), a word exactly as written ("=legs": the plural, not "leg"), or a gap "_" that skips up to
/// <see cref="MaxGap"/> words ("pressure _ chest": pressure in my chest), or "#", a number written in digits ("# feet").
/// </summary>
internal sealed partial class Phrase
{
    public const int MaxGap = 3;

    /// <summary>Shorter lexicon words are too close to too many others to guess at.</summary>
    public const int MinTypoLength = 4;

    /// <summary>An idiom this long is recognised by its other words: one of its later words may be a real word
    /// misspelt into another ("pins and needless"), if long enough not to be one letter from many.</summary>
    private const int MinWordsForSlip = 3;

    private readonly WordPattern[] _patterns;
    private readonly ulong _front;
    private readonly ulong _back;
    private readonly int _shortest;

    public Phrase(string id, string text, WordForms forms)
    {
        Id = id;
        // The tokenizer splits "по-маленькому" and "t-boned" at the hyphen: so does the lexicon's phrase ("-10" stays).
        _patterns = [.. WordHyphen().Replace(text, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(raw => WordPattern.Parse(raw, forms))];
        if (_patterns.Length == 0)
            throw new InvalidDataException($"Empty phrase for '{id}'.");
        var first = _patterns[0];
        _front = first.Kind is WordPattern.Gap or WordPattern.Number ? ulong.MaxValue : Front(first.Folded) | Front(first.Written);
        _back = first.Kind is WordPattern.Gap or WordPattern.Start or WordPattern.Number ? ulong.MaxValue : Back(first.Folded) | Back(first.Written);
        _shortest = first.Kind is WordPattern.Start or WordPattern.Exact ? first.Written.Length - 1 : 0;
        FirstNumber = first.Kind switch
        {
            WordPattern.Form => PhraseWords.Add(first.Folded),
            WordPattern.Exact => PhraseWords.Add(first.Written),
            _ => PhraseWords.None,
        };
    }

    /// <summary>The number of <see cref="FirstWord"/> or of <see cref="FirstExact"/> (<see cref="PhraseWords"/>).</summary>
    public int FirstNumber { get; }

    public string Id { get; }

    [GeneratedRegex(@"(?<=\p{L})-(?=\p{L})")]
    private static partial Regex WordHyphen();

    /// <summary>Whether the phrase starts with a number ("# feet"): it is tried only at numbers.</summary>
    public bool StartsWithNumber => _patterns[0].Kind == WordPattern.Number;

    /// <summary>The first word as folded; null when the phrase starts with a word start, an exact form, a number or a gap.</summary>
    public string? FirstWord => _patterns[0].Kind == WordPattern.Form ? _patterns[0].Folded : null;

    /// <summary>The first word's start ("tingl" of "tingl*"); null when the phrase starts otherwise.</summary>
    public string? FirstStart => _patterns[0].Kind == WordPattern.Start ? _patterns[0].Written : null;

    /// <summary>The first word's exact form ("legs" of "=legs"); null when the phrase starts otherwise.</summary>
    public string? FirstExact => _patterns[0].Kind == WordPattern.Exact ? _patterns[0].Written : null;

    /// <summary>The first word as written in the lexicon; null when <see cref="FirstWord"/> is.</summary>
    public string? FirstWritten => _patterns[0].Kind == WordPattern.Form ? _patterns[0].Written : null;

    public int Length => _patterns.Length;

    /// <summary>Whether a misspelt word with these first and last letters (<see cref="Front"/>, <see cref="Back"/> of
    /// its forms) and this length may be this phrase's first word: two words one edit apart (a letter changed, added,
    /// dropped, or two neighbours swapped) share one of their first two letters and one of their last two, and differ
    /// in length by one at most, so a phrase whose first word cannot be one slip from it is passed over without trying
    /// it. A word start is compared at its front only; the index sorts words by length.</summary>
    public bool MayBeMisspeltAt(ulong front, ulong back, int length) => (_front & front) != 0 && (_back & back) != 0 && length >= _shortest;

    /// <summary>The first two letters of a word, as bits.</summary>
    public static ulong Front(string word) => word.Length == 0 ? 0 : Bit(word[0]) | Bit(word[Math.Min(1, word.Length - 1)]);

    /// <summary>The last two letters of a word, as bits.</summary>
    public static ulong Back(string word) => word.Length == 0 ? 0 : Bit(word[^1]) | Bit(word[Math.Max(0, word.Length - 2)]);

    private static ulong Bit(char c) => 1UL << (c % 64);

    /// <summary>The index after the last word matched when the phrase starts at <paramref name="start"/>; -1 if not.
    /// <paramref name="skipped"/> receives the words its gaps stepped over ("в груди не давит": "не").</summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int start, List<int> skipped) =>
        MatchAt(tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : [.. tokens], start, skipped);

    /// <inheritdoc cref="MatchAt(IReadOnlyList{Token}, int, List{int})"/>
    public int MatchAt(ReadOnlySpan<Token> tokens, int start, List<int> skipped)
    {
        skipped.Clear();
        return Match(tokens, start, 0, skipped, slips: _patterns.Length >= MinWordsForSlip ? 1 : 0);
    }

    private int Match(ReadOnlySpan<Token> tokens, int at, int pattern, List<int> skipped, int slips)
    {
        if (pattern == _patterns.Length)
            return at;
        var p = _patterns[pattern];
        if (p.Kind == WordPattern.Gap)
        {
            var mark = skipped.Count;
            for (var skip = 0; skip <= MaxGap && at + skip <= tokens.Length; skip++)
            {
                if (skip > 0 && tokens[at + skip - 1].IsMark)
                    break;
                if (skip > 0)
                    skipped.Add(at + skip - 1);
                var end = Match(tokens, at + skip, pattern + 1, skipped, slips);
                if (end >= 0)
                    return end;
                skipped.RemoveRange(mark + skip, skipped.Count - (mark + skip));
            }

            skipped.RemoveRange(mark, skipped.Count - mark);
            return -1;
        }

        if (at >= tokens.Length)
            return -1;
        if (p.Fits(tokens[at]))
            return Match(tokens, at + 1, pattern + 1, skipped, slips);
        return slips > 0 && pattern > 0 && p.IsSlipOf(tokens[at]) ? Match(tokens, at + 1, pattern + 1, skipped, slips - 1) : -1;
    }

    /// <summary>One word of a phrase.</summary>
    private readonly record struct WordPattern(int Kind, string Folded, string Written)
    {
        public const int Form = 0;
        public const int Start = 1;
        public const int Exact = 2;
        public const int Gap = 3;
        public const int Number = 4;

        public static WordPattern Parse(string raw, WordForms forms) => raw switch
        {
            "_" => new(Gap, "_", "_"),
            "#" => new(Number, "#", "#"),
            _ when raw.Length > 1 && raw.EndsWith('*') => new(Start, "", WordForms.Lower(raw[..^1])),
            _ when raw.Length > 1 && raw.StartsWith('=') => new(Exact, "", WordForms.Lower(raw[1..])),
            _ => new(Form, forms.Fold(raw), WordForms.Lower(raw)),
        };

        public bool Fits(in Token token)
        {
            if (token.IsMark)
                return false;
            var written = token.Lower ?? token.Folded;
            switch (Kind)
            {
                case Number:
                    return written.Length > 0 && char.IsAsciiDigit(written[0]);
                case Start:
                    return written.StartsWith(Written, StringComparison.Ordinal)
                        || (!token.Known && Written.Length > MinTypoLength && MisspeltStart(Written, written));
                case Exact:
                    return written == Written || (!token.Known && Written.Length >= MinTypoLength && EditDistance.AtMostOne(Written, written));
                default:
                    if (Folded == token.Folded)
                        return true;
                    // A misspelling ("numm", "tinglng") is one edit from a lexicon word, in its written form or a
                    // stem long enough not to be one edit from many others ("ноут" is not "ноет"); a real word is
                    // never taken for another.
                    return !token.Known && written.Length >= MinTypoLength - 1
                        && ((Folded.Length > MinTypoLength && EditDistance.AtMostOne(Folded, token.Folded))
                            || (Written.Length >= MinTypoLength && EditDistance.AtMostOne(Written, written)));
            }
        }

        /// <summary>A real word one letter from this one ("needless" for "needles"), as far as a long word goes.</summary>
        public bool IsSlipOf(in Token token) =>
            Kind == Form && !token.IsMark && Written.Length > MinTypoLength && EditDistance.AtMostOne(Written, token.Lower ?? token.Folded);

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
}
