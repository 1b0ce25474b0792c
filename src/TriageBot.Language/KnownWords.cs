using System.IO.Compression;
using System.Reflection;

namespace TriageBot.Language;

/// <summary>
/// The real words of a language (English: SCOWL words; Russian: the stems of every form of a spelling
/// dictionary; see the NOTICE files beside them). Typo tolerance applies only to words that are not real
/// words, so "never" is never read as "fever" nor "single" as "tingle".
/// </summary>
internal sealed class KnownWords
{
    private readonly HashSet<string>? _words;
    private readonly Func<char, bool> _alphabet;

    private KnownWords(HashSet<string>? words, Func<char, bool> alphabet, bool ofStems = false)
    {
        _words = words;
        _alphabet = alphabet;
        OfStems = ofStems;
    }

    /// <summary>The list holds stems (Russian), so a word is compared by its stem; otherwise as written.</summary>
    public bool OfStems { get; }

    /// <summary>A language without a word list: every word counts as known, so nothing is guessed.</summary>
    public static KnownWords All { get; } = new(null, _ => true);

    public static KnownWords English { get; } = new(Load("en-words.txt.gz"), char.IsAsciiLetter);

    /// <summary>Russian words compare as stems, so the list holds stems; a typo whose stem happens to be a
    /// real one ("немеит": неме, as in немея) is taken for a real word and not guessed at.</summary>
    public static KnownWords Russian { get; } = new(Load("ru-stems.txt.gz"), c => c is >= 'а' and <= 'я', ofStems: true);

    /// <summary>These words besides: everyday words no dictionary lists («ноут», "ute"), each as this list compares it.</summary>
    public KnownWords With(IEnumerable<string> words) =>
        _words is null ? this : new([.. _words, .. words], _alphabet, OfStems);

    /// <summary>Known: in the list, a number, or not written in this list's alphabet (Cyrillic is no English typo).</summary>
    public bool Knows(string word) =>
        _words is null || _words.Contains(word) || word.Any(char.IsDigit) || !word.Any(_alphabet);

    private static HashSet<string> Load(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"TriageBot.Language.Lexicons.{resource}")
            ?? throw new InvalidDataException($"No word list '{resource}'.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            words.Add(line);
        return words;
    }
}
