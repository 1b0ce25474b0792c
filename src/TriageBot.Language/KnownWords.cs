using System.IO.Compression;
using System.Reflection;

namespace TriageBot.Language;

/// <summary>
/// The real words of a language (English: SCOWL words; Russian: every form of a spelling dictionary, as stems
/// with the endings each stem takes; see the NOTICE files beside them). Typo tolerance applies only to words
/// that are not real words, so "never" is never read as "fever" nor "single" as "tingle".
/// </summary>
internal sealed class KnownWords
{
    /// <summary>A word, or a Russian stem, with the endings it is seen with; null: any ending (English words,
    /// everyday words added by stem).</summary>
    private readonly Dictionary<string, IReadOnlySet<string>?>? _words;
    private readonly Func<char, bool> _alphabet;

    /// <summary>The list holds stems (Russian), so a word is compared by its stem and ending; otherwise as written.</summary>
    private readonly bool _ofStems;

    private KnownWords(Dictionary<string, IReadOnlySet<string>?>? words, Func<char, bool> alphabet, bool ofStems = false)
    {
        _words = words;
        _alphabet = alphabet;
        _ofStems = ofStems;
    }

    /// <summary>A language without a word list: every word counts as known, so nothing is guessed.</summary>
    public static KnownWords All { get; } = new(null, _ => true);

    public static KnownWords English { get; } = new(LoadWords("en-words.txt.gz"), char.IsAsciiLetter);

    /// <summary>Russian words compare as a stem and its ending: a typo whose stem happens to be a real one
    /// ("балит": бал, as in бала; "немеит": неме, as in немея) has an ending that stem never takes, so it is no
    /// real word and is read as the word it misspells.</summary>
    public static KnownWords Russian { get; } = new(LoadStems("ru-words.txt.gz"), c => c is >= 'а' and <= 'я', ofStems: true);

    /// <summary>These words besides, with any ending: everyday words no dictionary lists («ноут», "ute"), each as
    /// this list compares it.</summary>
    public KnownWords With(IEnumerable<string> words)
    {
        if (_words is null)
            return this;
        var all = new Dictionary<string, IReadOnlySet<string>?>(_words, StringComparer.Ordinal);
        foreach (var word in words)
            all[word] = null;
        return new(all, _alphabet, _ofStems);
    }

    /// <summary>Known: in the list (a Russian word: its stem, with an ending that stem takes), a number, or not
    /// written in this list's alphabet (Cyrillic is no English typo).</summary>
    /// <param name="lower">The word as written, lower-cased.</param>
    /// <param name="folded">Its stem, for a list of stems.</param>
    public bool Knows(string lower, string folded)
    {
        if (_words is null || lower.Any(char.IsDigit) || !lower.Any(_alphabet))
            return true;
        if (!_ofStems)
            return _words.ContainsKey(lower);
        if (!_words.TryGetValue(folded, out var endings))
            return false;
        // A word that is no plain stem and ending (an irregular form read as its base word) is known by its stem.
        return endings is null || !lower.StartsWith(folded, StringComparison.Ordinal) || endings.Contains(lower[folded.Length..]);
    }

    /// <summary>Known by its stem alone, whatever its ending: how a word typed in Latin letters, whose endings
    /// transliterate loosely, is told to be Russian at all.</summary>
    public bool KnowsStem(string folded) => _words is null || _words.ContainsKey(folded);

    private static Dictionary<string, IReadOnlySet<string>?> LoadWords(string resource)
    {
        var words = new Dictionary<string, IReadOnlySet<string>?>(StringComparer.Ordinal);
        foreach (var line in ReadLines(resource))
            words[line] = null;
        return words;
    }

    /// <summary>Lines of "stem, a tab, its endings separated by spaces" ("-" for none); stems share few sets of
    /// endings (a few thousand for 120,000 stems), so each set is kept once.</summary>
    private static Dictionary<string, IReadOnlySet<string>?> LoadStems(string resource)
    {
        var stems = new Dictionary<string, IReadOnlySet<string>?>(StringComparer.Ordinal);
        var sets = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var line in ReadLines(resource))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var list = line[(tab + 1)..];
            if (!sets.TryGetValue(list, out var endings))
            {
                endings = list.Split(' ').Select(e => e == "-" ? "" : e).ToHashSet(StringComparer.Ordinal);
                sets[list] = endings;
            }

            stems[line[..tab]] = endings;
        }

        return stems;
    }

    private static IEnumerable<string> ReadLines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"TriageBot.Language.Lexicons.{resource}")
            ?? throw new InvalidDataException($"No word list '{resource}'.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
            yield return line;
    }
}
