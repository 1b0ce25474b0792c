namespace TriageBot.Language;

/// <summary>
/// Splits text into words (letters, digits, inner apostrophes, decimal points) and marks, and folds each word
/// with the language's <see cref="WordForms"/>. Marks are tokens too: a comma ends a negation's scope, a full
/// stop also ends the clause in which a finding's concepts may meet.
/// </summary>
internal static class Tokenizer
{
    public const string ClauseMark = ",";

    /// <param name="transliterate">Reads words written in Latin letters as Russian ("poyasnitsa": поясница).</param>
    public static List<Token> Split(string text, WordForms forms, KnownWords? known = null, bool transliterate = false)
    {
        known ??= KnownWords.All;
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && (IsWordChar(text[i]) || IsInnerMark(text, i) || (transliterate && IsSoftSign(text, i))) && !UnitAfterNumber(text, start, i))
                    i++;
                var word = text[start..i];
                if (transliterate)
                    word = WithSoftSign(Transliteration.ToCyrillic(word), forms, known);
                var folded = forms.Fold(word);
                var lower = WordForms.Lower(word);
                // A contraction ("don't", "won't") is a real word, though word lists leave it out. Russian typed in
                // Latin letters loses endings and soft signs ("povorachivat"): its words are known by their stems.
                var isKnown = lower.Contains('\'', StringComparison.Ordinal) || (transliterate ? known.KnowsStem(folded) : known.Knows(lower, folded));
                tokens.Add(new Token(folded, start, i, isKnown, lower, Word: PhraseWords.Find(folded), WrittenWord: PhraseWords.Find(lower)));
                continue;
            }

            if (c is '.' or ';' or '!' or '?' or '\n')
                tokens.Add(new Token(ClauseMark, i, i + 1, SentenceEnd: true));
            else if (c is ',' or ':' or '(' or ')' or '—' or '–' || (c == '-' && i > 0 && text[i - 1] == ' '))
                tokens.Add(new Token(ClauseMark, i, i + 1, Lower: c.ToString()));
            i++;
        }

        return tokens;
    }

    /// <summary>A sentence ends among the tokens from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    public static bool SentenceEnds(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].SentenceEnd)
                return true;
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>A word typed in Latin letters without the soft sign that ends it ("dvigayus", "povorachivat") gets it
    /// back when only then is it a Russian word.</summary>
    private static string WithSoftSign(string word, WordForms forms, KnownWords known) =>
        !word.EndsWith('ь') && !known.KnowsStem(forms.Fold(word)) && known.KnowsStem(forms.Fold(word + "ь")) ? word + "ь" : word;

    /// <summary>An apostrophe closing a word typed in Latin letters: a soft sign ("ves'", "den'").</summary>
    private static bool IsSoftSign(string text, int i) =>
        text[i] is '\'' or '’' && i > 0 && char.IsAsciiLetter(text[i - 1]) && !"aeiouyAEIOUY".Contains(text[i - 1], StringComparison.Ordinal);

    /// <summary>"101.5F", "38C", "7kg": a number and its unit are two words.</summary>
    private static bool UnitAfterNumber(string text, int start, int i) =>
        char.IsDigit(text[start]) && char.IsLetter(text[i]) && char.IsDigit(text[i - 1]);

    /// <summary>Apostrophes inside a word (can't), and a decimal point or comma between digits (37.6, 39,5).</summary>
    private static bool IsInnerMark(string text, int i)
    {
        if (i + 1 >= text.Length || i == 0)
            return false;
        var c = text[i];
        return (c is '\'' or '’' && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            || (c is '.' or ',' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]));
    }
}
