using System.Text;

namespace TriageBot.Language;

/// <summary>
/// Russian typed in Latin letters, as people do on phones without a Cyrillic keyboard ("poyasnitsa bolit",
/// "toshnit", "ne mogu"), back into Cyrillic. The common informal spellings, longest first; what is left
/// ambiguous (y as ы or й) is settled by the letter before, and typo tolerance takes the rest.
/// </summary>
internal static class Transliteration
{
    private static readonly (string Latin, string Cyrillic)[] Letters =
    [
        ("shch", "щ"), ("tsya", "тся"), ("tsa", "ца"), ("sch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"),
        ("ts", "ц"), ("ya", "я"), ("ja", "я"), ("yu", "ю"), ("ju", "ю"), ("yo", "ё"), ("jo", "ё"), ("ye", "е"),
        ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"),
        ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
        ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "ц"), ("x", "кс"), ("q", "к"), ("'", "ь"),
    ];

    public static bool HasLatin(string text) => text.Any(char.IsAsciiLetter);

    /// <summary>The word in Cyrillic; a word with anything but Latin letters and apostrophes is left as it is.</summary>
    public static string ToCyrillic(string word)
    {
        if (!word.All(c => char.IsAsciiLetter(c) || c == '\''))
            return word;
        var lower = word.ToLowerInvariant();
        var cyrillic = new StringBuilder(lower.Length);
        var i = 0;
        while (i < lower.Length)
        {
            if (lower[i] == 'y' && (i + 1 >= lower.Length || !"auoe".Contains(lower[i + 1], StringComparison.Ordinal)))
            {
                // Before a, u, o, e it is я, ю, ё, е (poyasnitsa); after a vowel й (moy); elsewhere ы (byl, ty).
                cyrillic.Append(i > 0 && "aeiouy".Contains(lower[i - 1], StringComparison.Ordinal) ? 'й' : 'ы');
                i++;
                continue;
            }

            var (latin, letter) = Letters.First(l => string.CompareOrdinal(lower, i, l.Latin, 0, l.Latin.Length) == 0);
            cyrillic.Append(letter);
            i += latin.Length;
        }

        return cyrillic.ToString();
    }
}
