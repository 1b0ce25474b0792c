using System.Globalization;
using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace TriageBot.Language;

/// <summary>
/// Splits text into words (letters, digits, inner apostrophes, decimal points) and clause marks, and folds
/// each word so that forms compare equal: lower case, ё as е, one apostrophe; simple English plurals; Russian
/// words to their Snowball stem.
/// </summary>
internal static class Tokenizer
{
    // The Snowball stemmer keeps state per call, so each thread has its own.
    [ThreadStatic]
    private static RussianStemmer? _russian;

    /// <summary>Clause marks are tokens too: negation scope ends at them.</summary>
    public const string ClauseMark = ",";

    public static List<Token> Split(string text, string language, KnownWords? known = null)
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
                while (i < text.Length && (IsWordChar(text[i]) || IsInnerMark(text, i)))
                    i++;
                var word = text[start..i];
                var folded = Fold(word, language);
                var lower = Fold(word, "");
                tokens.Add(new Token(folded, start, i, known.Knows(lower) || known.Knows(folded), lower));
                continue;
            }

            if (c is ',' or '.' or ';' or '!' or '?' or ':' or '(' or ')' or '—' or '–' or '\n' || (c == '-' && i > 0 && text[i - 1] == ' '))
                tokens.Add(new Token(ClauseMark, i, i + 1));
            i++;
        }

        return tokens;
    }

    public static string Fold(string word, string language)
    {
        var folded = new StringBuilder(word.Length);
        foreach (var c in word.ToLower(CultureInfo.InvariantCulture))
        {
            folded.Append(c switch
            {
                'ё' => 'е',
                '’' or '‘' or '`' or 'ʼ' => '\'',
                _ => c,
            });
        }

        var result = folded.ToString();
        return language switch
        {
            "en" => EnglishPlural(result),
            "ru" => RussianStem(result),
            _ => result,
        };
    }

    private static string RussianStem(string word)
    {
        var stemmer = _russian ??= new RussianStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>"legs", "aches", "hurts" compare as "leg", "ache", "hurt"; "numbness" and "its" stay.</summary>
    private static string EnglishPlural(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
            return word[..^2];
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
            return word[..^1];
        return word;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

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
