using System.Globalization;
using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace TriageBot.Language;

/// <summary>
/// Folds a word so that its forms compare equal: lower case, ё as е, one apostrophe; an irregular form to its
/// base word (fell: fall, threw: throw); then the language's Snowball stem (burns, burning, burned: burn;
/// поясница, пояснице: поясниц). The lexicon's words are folded the same way, so one entry names every form.
/// </summary>
internal sealed class WordForms
{
    // Snowball stemmers keep state per call, so each thread has its own.
    [ThreadStatic]
    private static EnglishStemmer? _english;

    [ThreadStatic]
    private static RussianStemmer? _russian;

    private readonly string _language;
    private readonly Dictionary<string, string> _irregular;

    public WordForms(string language, IReadOnlyDictionary<string, string>? irregular = null)
    {
        _language = language;
        _irregular = irregular?.ToDictionary(f => Lower(f.Key), f => Lower(f.Value), StringComparer.Ordinal) ?? [];
    }

    /// <summary>Only lower case and one way of writing a letter: how a word start ("tingl*") is compared.</summary>
    public static WordForms AsWritten { get; } = new("");

    public string Fold(string word)
    {
        var lower = Lower(word);
        if (_irregular.TryGetValue(lower, out var regular))
            lower = regular;
        return _language switch
        {
            "en" => Stem(_english ??= new EnglishStemmer(), lower),
            "ru" => Stem(_russian ??= new RussianStemmer(), lower),
            _ => lower,
        };
    }

    public static string Lower(string word)
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

        return folded.ToString();
    }

    private static string Stem(Lucene.Net.Tartarus.Snowball.SnowballProgram stemmer, string word)
    {
        // "can't" and "it's" are words of their own; only a possessive "'s" goes ("husband's": husband).
        if (word.EndsWith("'s", StringComparison.Ordinal))
            word = word[..^2];
        if (word.Contains('\'', StringComparison.Ordinal))
            return word;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
