using System.IO.Compression;
using System.Reflection;

namespace TriageBot.Language;

/// <summary>
/// The real words of a language (English: SCOWL, see Lexicons/en-words.NOTICE.txt). Typo tolerance applies only
/// to words that are not real words, so "never" is never read as "fever" nor "single" as "tingle".
/// </summary>
internal sealed class KnownWords
{
    private readonly HashSet<string>? _words;

    private KnownWords(HashSet<string>? words) => _words = words;

    /// <summary>A language without a word list: every word counts as known, so nothing is guessed.</summary>
    public static KnownWords All { get; } = new(null);

    public static KnownWords English { get; } = Load("en-words.txt.gz");

    /// <summary>Known: in the list, a number, or not written in this list's alphabet (Cyrillic is no English typo).</summary>
    public bool Knows(string word) =>
        _words is null || _words.Contains(word) || word.Any(char.IsDigit) || !word.Any(char.IsAsciiLetter);

    private static KnownWords Load(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"TriageBot.Language.Lexicons.{resource}")
            ?? throw new InvalidDataException($"No word list '{resource}'.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            words.Add(line);
        return new KnownWords(words);
    }
}
