using BenchmarkDotNet.Attributes;
using TriageBot.Language;

namespace TriageBot.Benchmarks.Language;

/// <summary>What understanding one message costs: a typical opening in each language, in Russian typed in Latin
/// letters and with the typos patients make (each misspelt word is compared with the lexicon's words), the longest message read (2,000 characters), and 2,000 characters of one finding's words over and over
/// (each concept said hundreds of times in one clause: the shape that once took two minutes).</summary>
[MemoryDiagnoser]
public class UnderstandingBenchmarks
{
    private const string Typical = "My lower back has been numb for three weeks, no fever but I feel a bit sick";
    private const string TypicalRussian = "Немеет поясница уже три недели, температуры нет, но подташнивает";
    private const string TypicalTransliterated = "poyasnitsa nemeet uzhe tri nedeli, temperatury net, no podtashnivaet";
    private const string MisspeltEnglish = "my lowr back is numm for three weeks and i feel nausious";
    private const string MisspeltRussian = "Немеет поясница уже три недели, температуры нет, но подтошнивает";
    private static readonly string Long = string.Concat(Enumerable.Repeat(
        "My lower back aches after sitting at my desk, no fever, and sometimes my left leg tingles. ", 25))[..LexiconUnderstanding.MaxLength];

    private static readonly string Repeated = string.Concat(Enumerable.Repeat("both leg numb ", 150))[..LexiconUnderstanding.MaxLength];

    private readonly LexiconUnderstanding _understanding = new();

    [Benchmark(Baseline = true)]
    public Understanding TypicalEnglish() => _understanding.Understand(Typical, "en");

    [Benchmark]
    public Understanding TypicalRussianMessage() => _understanding.Understand(TypicalRussian, "ru");

    /// <summary>Russian in Latin letters: a third reading, after transliteration.</summary>
    [Benchmark]
    public Understanding TypicalRussianInLatinLetters() => _understanding.Understand(TypicalTransliterated, "ru");

    /// <summary>Three misspelt words: each is tried against the lexicon words it could be a slip of.</summary>
    [Benchmark]
    public Understanding TypicalEnglishWithTypos() => _understanding.Understand(MisspeltEnglish, "en");

    [Benchmark]
    public Understanding TypicalRussianWithTypo() => _understanding.Understand(MisspeltRussian, "ru");

    [Benchmark]
    public Understanding TwoThousandCharacters() => _understanding.Understand(Long, "en");

    [Benchmark]
    public Understanding TwoThousandCharactersOfOneFindingRepeated() => _understanding.Understand(Repeated, "en");
}
