using System.Reflection;
using System.Text.Json;

namespace TriageBot.Language;

/// <summary>One language's words, from Lexicons/{language}.json: findings, commands, "none" answers, negation.</summary>
internal sealed class Lexicon
{
    private readonly PhraseIndex _findingIndex;

    private Lexicon(string language, JsonElement root)
    {
        Language = language;
        Findings = Phrases(root.GetProperty("findings"));
        _findingIndex = new PhraseIndex(Findings);
        Commands = Phrases(root.GetProperty("commands"));
        None = Phrases(root, "none");
        var negation = root.GetProperty("negation");
        NegationBefore = Phrases(negation, "before");
        NegationAfter = Phrases(negation, "after");
        Pseudo = Phrases(negation, "pseudo");
        ScopeEnds = Phrases(negation, "scopeEnds");
        AlwaysHeard = [.. root.GetProperty("alwaysHeard").EnumerateArray().Select(e => e.GetString()!)];
        Durations = new DurationReader(root.GetProperty("durations"), language);
        var temperature = root.GetProperty("temperature");
        TemperatureWords = Phrases(temperature, "words");
        Fahrenheit = Phrases(temperature, "fahrenheit");
    }

    public string Language { get; }

    /// <summary>The language's real words, which typo tolerance never bends into another.</summary>
    public KnownWords KnownWords => Language switch
    {
        "en" => KnownWords.English,
        "ru" => KnownWords.Russian,
        _ => KnownWords.All,
    };

    public IReadOnlyList<Phrase> Findings { get; }

    public IReadOnlyList<Phrase> Commands { get; }

    public IReadOnlyList<Phrase> None { get; }

    public IReadOnlyList<Phrase> NegationBefore { get; }

    public IReadOnlyList<Phrase> NegationAfter { get; }

    /// <summary>Look like negation but are not ("not only", "no increase").</summary>
    public IReadOnlyList<Phrase> Pseudo { get; }

    /// <summary>Words that end a negation's scope ("but", "но") besides punctuation.</summary>
    public IReadOnlyList<Phrase> ScopeEnds { get; }

    /// <summary>Findings kept even inside a longer phrase of another finding (what the patient feels).</summary>
    public IReadOnlyList<string> AlwaysHeard { get; }

    public DurationReader Durations { get; }

    public IReadOnlyList<Phrase> TemperatureWords { get; }

    public IReadOnlyList<Phrase> Fahrenheit { get; }

    public static Lexicon Load(string language)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream($"TriageBot.Language.Lexicons.{language}.json")
            ?? throw new InvalidDataException($"No lexicon for '{language}'.");
        using var document = JsonDocument.Parse(stream);
        return new Lexicon(language, document.RootElement.Clone());
    }

    /// <summary>Every place a phrase of the list occurs: (phrase, first word, index after the last).</summary>
    public static List<PhraseMatch> FindAll(IReadOnlyList<Phrase> phrases, IReadOnlyList<Token> tokens) =>
        FindAll(phrases, tokens, _ => phrases);

    /// <summary>The findings' phrases are many: only those that can start at a word are tried there.</summary>
    public List<PhraseMatch> FindFindings(IReadOnlyList<Token> tokens) => FindAll(Findings, tokens, _findingIndex.At);

    private static List<PhraseMatch> FindAll(IReadOnlyList<Phrase> phrases, IReadOnlyList<Token> tokens, Func<Token, IEnumerable<Phrase>> candidates)
    {
        var found = new List<PhraseMatch>();
        var skipped = new List<int>();
        for (var start = 0; start < tokens.Count; start++)
        {
            if (tokens[start].Folded == Tokenizer.ClauseMark)
                continue;
            foreach (var phrase in candidates(tokens[start]))
            {
                var end = phrase.MatchAt(tokens, start, skipped);
                if (end > start)
                    found.Add(new PhraseMatch(phrase.Id, start, end, skipped.Count == 0 ? null : [.. skipped]));
            }
        }

        return found;
    }

    private List<Phrase> Phrases(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(p => new Phrase(property, p.GetString()!, Language))];

    private List<Phrase> Phrases(JsonElement groups) =>
        [.. groups.EnumerateObject().Where(g => !g.Name.StartsWith('$'))
            .SelectMany(g => g.Value.EnumerateArray().Select(p => new Phrase(g.Name, p.GetString()!, Language)))];
}
