using System.Reflection;
using System.Text.Json;

namespace TriageBot.Language;

/// <summary>
/// One language's words, from Lexicons/{language}.json: the concepts (body areas, sensations, functions,
/// modifiers) and the findings as combinations of them; commands, "none" and "yes" answers; the words that
/// deny a finding, give it to someone else or put it in the past.
/// </summary>
internal sealed partial class Lexicon
{
    private readonly List<Phrase> _terms = [];
    private readonly PhraseIndex _termIndex;
    private readonly Dictionary<string, List<FindingPattern>> _patternsByFirstConcept;

    /// <summary>Words that carry no meaning of their own ("the", "my", "в"): they do not count as distance between concepts.</summary>
    private readonly HashSet<string> _functionWords;

    /// <summary>Idioms in which a concept's words do not mean it ("chest" in "chest of drawers", "fell" in "fell
    /// asleep"), each named by that concept; "*" for every concept.</summary>
    private readonly PhraseSet _notMeaning;

    /// <summary>The concepts, for phrases that name one ("@third_possessive _ @relative").</summary>
    private readonly JsonElement _concepts;

    private Lexicon(string language, JsonElement root)
    {
        Language = language;
        Forms = new WordForms(language, root.TryGetProperty("wordForms", out var forms)
            ? forms.EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetString()!)
            : null);
        var concepts = _concepts = root.GetProperty("concepts");
        foreach (var concept in concepts.EnumerateObject().Where(c => !c.Name.StartsWith('$')))
            _terms.AddRange(Terms(concepts, concept.Name, concept.Name, []));
        Patterns = [.. ReadPatterns(concepts, root.GetProperty("findings"), halfSaid: false), .. ReadPatterns(concepts, root.GetProperty("halfSaid"), halfSaid: true)];
        _termIndex = new PhraseIndex(_terms);
        _patternsByFirstConcept = Patterns.GroupBy(p => p.Concepts[0]).ToDictionary(g => g.Key, g => g.ToList());
        Commands = Phrases(root.GetProperty("commands"));
        Topics = Phrases(root.GetProperty("topics"));
        None = Phrases(root, "none");
        Yes = Phrases(root, "yes");
        NotSure = Phrases(root, "notSure");
        YesAlone = Phrases(root, "yesAlone");
        NoneAlone = Phrases(root, "noneAlone");
        FindingsAlone = Phrases(root.GetProperty("findingsAlone"));
        HowLong = Phrases(root, "howLong");
        Asides = Phrases(root, "asides");
        var everyday = root.GetProperty("everydayWords").EnumerateArray().Select(w => WordForms.Lower(w.GetString()!));
        KnownWords = Language switch
        {
            "en" => KnownWords.English.With(everyday),
            "ru" => KnownWords.Russian.With(everyday.Select(Forms.Fold)),
            _ => KnownWords.All,
        };
        ClauseBreaks = Phrases(root, "clauseBreaks");
        _functionWords = [.. root.GetProperty("functionWords").EnumerateArray().Select(w => Forms.Fold(w.GetString()!))];
        PartBreaks = Phrases(root, "partBreaks");
        PartGoesOn = Phrases(root, "partGoesOn");
        Conjunctions = Phrases(root, "conjunctions");
        _notMeaning = Phrases(root.GetProperty("notMeaning"));
        var negation = root.GetProperty("negation");
        NegationBefore = Phrases(negation, "before");
        NegationAfter = Phrases(negation, "after");
        Impossible = Phrases(negation.GetProperty("impossible"));
        Pseudo = Phrases(negation, "pseudo");
        NegationTails = Phrases(negation, "tails");
        NegationFillers = Phrases(negation, "fillers");
        ScopeEnds = Phrases(negation, "scopeEnds");
        var contextEnds = root.GetProperty("contextEnds");
        SelfAgain = Phrases(contextEnds, "self");
        NowAgain = Phrases(contextEnds, "now");
        var someoneElse = root.GetProperty("someoneElse");
        SomeoneElse = Phrases(someoneElse, "before");
        SpeakingFor = Phrases(someoneElse, "speakingFor");
        Writer = Phrases(someoneElse, "writer");
        WriterItself = Phrases(someoneElse, "writerItself");
        ThirdPerson = Phrases(someoneElse, "thirdPerson");
        ThirdPersonAfter = Phrases(someoneElse, "thirdPersonAfter");
        Company = Phrases(someoneElse, "company");
        var past = root.GetProperty("past");
        PastBefore = Phrases(past, "before");
        PastAfter = Phrases(past, "after");
        Resolved = Phrases(past, "resolved");
        ResolvedAll = Phrases(past, "resolvedAll");
        var recovery = past.GetProperty("recovery");
        RecoveryStates = Phrases(recovery, "states");
        RecoveryWords = Phrases(recovery, "words");
        NoLonger = Phrases(past, "noLonger");
        ThatWas = Phrases(past, "thatWas");
        NotResolved = Phrases(past, "notResolved");
        LongAgo = Phrases(past, "longAgo");
        Onset = Phrases(past, "onset");
        Compared = Phrases(past, "compared");
        var hypothetical = root.GetProperty("hypothetical");
        Hypothetical = Phrases(hypothetical, "before");
        HypotheticalAfter = Phrases(hypothetical, "after");
        Supersedes = root.GetProperty("supersedes").EnumerateObject().Where(a => !a.Name.StartsWith('$'))
            .ToDictionary(a => a.Name, a => (IReadOnlyList<string>)[.. a.Value.EnumerateArray().Select(e => e.GetString()!)]);
        Absorbs = root.GetProperty("absorbs").EnumerateObject().Where(a => !a.Name.StartsWith('$'))
            .ToDictionary(a => a.Name, a => (IReadOnlyList<string>)[.. a.Value.EnumerateArray().Select(e => e.GetString()!)]);
        Explained = Phrases(root.GetProperty("explained"));
        Durations = new DurationReader(root.GetProperty("durations"), Forms);
        SinceMonth = new SinceMonthReader(root.GetProperty("durations"), Forms);
        WorkingHours = new WorkingHoursReader(root.GetProperty("workingHours"), Forms);
        WeightChange = new WeightChangeReader(root.GetProperty("weightChange"), Forms);
        DailySteps = new DailyStepsReader(root.GetProperty("dailySteps"), Forms);
        var temperature = root.GetProperty("temperature");
        TemperatureWords = Phrases(temperature, "words");
        Fahrenheit = Phrases(temperature, "fahrenheit");
        OtherUnits = Phrases(temperature, "otherUnits");
        Numbers = new SpokenNumbers(temperature, Forms);
    }

    public string Language { get; }

    public WordForms Forms { get; }

    /// <summary>The language's real words, which typo tolerance never bends into another.</summary>
    public KnownWords KnownWords { get; }

    /// <summary>Every way of saying each finding, and the half-said red flags worth a question.</summary>
    public IReadOnlyList<FindingPattern> Patterns { get; }

    /// <summary>The patterns that can be said when these concepts were: only those whose first concept is among them.</summary>
    public IEnumerable<FindingPattern> PatternsOf(IEnumerable<string> said) =>
        said.SelectMany(concept => _patternsByFirstConcept.GetValueOrDefault(concept) ?? []);

    public IReadOnlyList<Phrase> Commands { get; }

    /// <summary>Words of a question's subject, by step id ("mattress" for sleep): an answer about it, habit or not.</summary>
    public IReadOnlyList<Phrase> Topics { get; }

    public IReadOnlyList<Phrase> None { get; }

    public IReadOnlyList<Phrase> Yes { get; }

    /// <summary>"Not sure", "no idea", «не знаю»: an answer to a closed question that is neither yes nor no.</summary>
    public IReadOnlyList<Phrase> NotSure { get; }

    /// <summary>Words that say a finding only as the whole answer to a question ("belly" to how one sleeps, «офис» to how
    /// one sits), by finding: "my belly hurts" says nothing of sleep.</summary>
    public IReadOnlyList<Phrase> FindingsAlone { get; }

    /// <summary>How long or how often, which may stand beside a habit said alone ("all day", "10h", «весь день»).</summary>
    public IReadOnlyList<Phrase> HowLong { get; }

    /// <summary>Words around an answer that say nothing of it ("same as always, stomach", «как обычно»).</summary>
    public IReadOnlyList<Phrase> Asides { get; }

    /// <summary>"I can't", «не получается»: a yes to a question about what the patient cannot do, when it is the whole
    /// answer ("I can't feel any pressure" is no yes).</summary>
    public IReadOnlyList<Phrase> YesAlone { get; }

    /// <summary>A no only as the whole answer («не»: elsewhere the start of a denial or of a symptom).</summary>
    public IReadOnlyList<Phrase> NoneAlone { get; }

    /// <summary>Words that start a new clause ("but", "но"): a finding's concepts never meet across them.</summary>
    public IReadOnlyList<Phrase> ClauseBreaks { get; }

    /// <summary>Words that start a new part of a clause as a comma does ("and my": "my chest is fine and my legs
    /// are heavy" says nothing of a heavy chest).</summary>
    /// <summary>Words after a comma that go on about what came before it ("both legs, they feel dead", «обе ноги,
    /// они как чужие»): the comma does not start a new part.</summary>
    public IReadOnlyList<Phrase> PartGoesOn { get; }

    public IReadOnlyList<Phrase> PartBreaks { get; }

    /// <summary>"and", "or", "и": after a negation trigger they close its finding as a comma would ("изжоги нет и не
    /// тошнит"); between the words of a finding they join two things, so one does not absorb the other.</summary>
    public IReadOnlyList<Phrase> Conjunctions { get; }


    public IReadOnlyList<Phrase> NegationBefore { get; }

    /// <summary>Words anywhere in a message that make a finding impossible, each named by that finding ("I'm a guy":
    /// not pregnant).</summary>
    public IReadOnlyList<Phrase> Impossible { get; }

    public IReadOnlyList<Phrase> NegationAfter { get; }

    /// <summary>Words that may follow a closing trigger without reopening its clause ("temp is normal now").</summary>
    public IReadOnlyList<Phrase> NegationTails { get; }

    /// <summary>Words that may stand between a finding and the denial after it ("рвоты ни разу не было", "fever at all
    /// none"): they stress the denial, they do not end its reach.</summary>
    public IReadOnlyList<Phrase> NegationFillers { get; }

    /// <summary>Look like negation but are not ("not only", "no increase").</summary>
    public IReadOnlyList<Phrase> Pseudo { get; }

    /// <summary>Words that end a negation's scope ("but", "но") besides punctuation.</summary>
    public IReadOnlyList<Phrase> ScopeEnds { get; }

    /// <summary>Words where the speaker comes back to themselves ("but I", "у меня"): someone else's scope ends.</summary>
    public IReadOnlyList<Phrase> SelfAgain { get; }

    /// <summary>Words where the speaker comes back to now ("but now", "сейчас"): the past's scope ends.</summary>
    public IReadOnlyList<Phrase> NowAgain { get; }

    /// <summary>Another person whose symptoms follow ("my husband", "у мамы").</summary>
    public IReadOnlyList<Phrase> SomeoneElse { get; }

    /// <summary>A carer writing for the patient ("for my mother", "пишу за папу").</summary>
    public IReadOnlyList<Phrase> SpeakingFor { get; }

    /// <summary>Words by which writers speak of themselves ("I", "my", «мне»): a message about someone else without
    /// one of them is all about that person («Жена упала с крыши. Говорит, спина онемела»).</summary>
    public IReadOnlyList<Phrase> Writer { get; }

    /// <summary>"Myself", «у меня самой»: the writer says so of themselves, even of a red flag.</summary>
    public IReadOnlyList<Phrase> WriterItself { get; }

    /// <summary>Someone who is neither the writer nor the patient a carer writes for: the patient's own relatives ("his
    /// sister", «у её мужа») and another child ("my other son").</summary>
    public IReadOnlyList<Phrase> ThirdPerson { get; }

    /// <summary>Words that set what the sentence said before them apart as another person's ("...was sick all night,
    /// but that's a different kid", «но это другой ребёнок»).</summary>
    public IReadOnlyList<Phrase> ThirdPersonAfter { get; }

    /// <summary>Words that put someone beside the writer ("next to my daughter", «рядом с дочкой»): not whose a habit is.</summary>
    public IReadOnlyList<Phrase> Company { get; }

    /// <summary>A time long past or a recovery ("last year", "years ago", "recovered").</summary>
    public IReadOnlyList<Phrase> PastBefore { get; }

    public IReadOnlyList<Phrase> PastAfter { get; }

    /// <summary>It is over now ("but it's gone", "fine now", "но уже прошло"): reaches back over commas and "but"
    /// within the sentence.</summary>
    public IReadOnlyList<Phrase> Resolved { get; }

    /// <summary>Everything said before it in the sentence is over ("all gone now", «сейчас уже всё прошло»), whatever
    /// else stands between.</summary>
    public IReadOnlyList<Phrase> ResolvedAll { get; }

    /// <summary>Words that say something is over ("gone", "went away", «прошла», «спала», "normal now"): a part of a
    /// sentence made of nothing else but <see cref="RecoveryWords"/>, function words and findings' own words ("but it's
    /// all gone now", «температура спала») is a recovery of the findings in it or before it.</summary>
    public IReadOnlyList<Phrase> RecoveryStates { get; }

    /// <summary>The words that may stand with a recovery and say no more: "it", "now", "by the morning", «уже», «сама».</summary>
    public IReadOnlyList<Phrase> RecoveryWords { get; }

    /// <summary>"But that was", «но это было»: a "but" that goes on to say when what came before was ("a car crash,
    /// but that was 15 years ago"), so it does not end the past's reach.</summary>
    public IReadOnlyList<Phrase> ThatWas { get; }

    /// <summary>"No longer", «больше не»: the same finding said again with these is over where it was said before.</summary>
    public IReadOnlyList<Phrase> NoLonger { get; }

    /// <summary>Words that make a time the start, not the past ("since last year", "с 2015 года").</summary>
    public IReadOnlyList<Phrase> Onset { get; }

    /// <summary>Words that make a past the measure of the present, not the time of it: "things don't work like they
    /// used to", «не так, как раньше».</summary>
    public IReadOnlyList<Phrase> Compared { get; }

    /// <summary>Look like a recovery but deny it ("never went away", "так и не прошло").</summary>
    public IReadOnlyList<Phrase> NotResolved { get; }

    /// <summary>So long ago that even an accident is over ("twenty years ago", "as a child", "в молодости").</summary>
    public IReadOnlyList<Phrase> LongAgo { get; }

    /// <summary>A symptom only feared or wished away ("worried it might be cancer", "trying to lose weight").</summary>
    public IReadOnlyList<Phrase> Hypothetical { get; }

    /// <summary>A finding spoken of as knowledge, not felt ("numbness in the groin is an emergency").</summary>
    public IReadOnlyList<Phrase> HypotheticalAfter { get; }

    /// <summary>A graver form said anywhere in the message leaves the lesser one nothing to say: a fall from a ladder
    /// is no minor injury besides, vomiting no nausea besides.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Supersedes { get; }

    /// <summary>Findings whose words, inside another finding's, say no more than it: "chest pain" is chest
    /// pressure, not back pain; "headache" is no back pain either.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Absorbs { get; }

    /// <summary>Words that explain a finding away wherever they stand in the message: weight lost on a diet is no
    /// unexplained weight loss («я на диете, сбросила 5 кг»).</summary>
    public IReadOnlyList<Phrase> Explained { get; }

    public DurationReader Durations { get; }

    public SinceMonthReader SinceMonth { get; }

    public WorkingHoursReader WorkingHours { get; }

    public WeightChangeReader WeightChange { get; }

    public DailyStepsReader DailySteps { get; }

    public IReadOnlyList<Phrase> TemperatureWords { get; }

    public IReadOnlyList<Phrase> Fahrenheit { get; }

    /// <summary>Units that make a number no temperature ("99.5 kg").</summary>
    public IReadOnlyList<Phrase> OtherUnits { get; }

    public SpokenNumbers Numbers { get; }

    public static Lexicon Load(string language)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream($"TriageBot.Language.Lexicons.{language}.json")
            ?? throw new InvalidDataException($"No lexicon for '{language}'.");
        using var document = JsonDocument.Parse(stream);
        return new Lexicon(language, document.RootElement.Clone());
    }

    /// <summary>A concept's phrases under its name, those of the concepts it names ("@legs") included.</summary>
    private IEnumerable<Phrase> Terms(JsonElement concepts, string name, string id, HashSet<string> seen) =>
        TermTexts(concepts, name, seen).Select(term => new Phrase(id, term, Forms));

    private IEnumerable<string> TermTexts(JsonElement concepts, string name, HashSet<string> seen)
    {
        if (!seen.Add(name))
            throw new InvalidDataException($"Concept '{name}' names itself.");
        if (!concepts.TryGetProperty(name, out var terms))
            throw new InvalidDataException($"No concept '{name}' in the {Language} lexicon.");
        foreach (var term in terms.EnumerateArray().Select(t => t.GetString()!))
        {
            foreach (var text in Spelt(concepts, term, seen))
                yield return text;
        }
    }

    /// <summary>A term with each word "@concept" in it spelt out as each of that concept's terms: "@distance feet" is
    /// "# feet", "ten feet"...; keep such terms few, as every combination becomes a phrase.</summary>
    private List<string> Spelt(JsonElement concepts, string term, HashSet<string> seen) => term.Split(' ').Aggregate(
        new List<string> { "" },
        (starts, word) => [.. (word.StartsWith('@') ? TermTexts(concepts, word[1..], [.. seen]) : [word])
            .SelectMany(text => starts.Select(start => start.Length == 0 ? text : $"{start} {text}"))]);

    /// <summary>"@chest + @pressing" names concepts in any order, "@unable > @pee" in this order, "@numb ~ @progress"
    /// anywhere in one clause; any other part ("elephant on _ chest") is a phrase, a concept of its own.</summary>
    private IEnumerable<FindingPattern> ReadPatterns(JsonElement concepts, JsonElement findings, bool halfSaid)
    {
        foreach (var finding in findings.EnumerateObject().Where(f => !f.Name.StartsWith('$')))
        {
            foreach (var pattern in finding.Value.EnumerateArray().Select(p => p.GetString()!))
            {
                var parts = pattern.Split(['+', '>', '~'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var names = new List<string>();
                var afterPrevious = new List<bool>();
                var separator = -1;
                foreach (var part in parts)
                {
                    afterPrevious.Add(separator >= 0 && pattern[separator] == '>');
                    separator = pattern.IndexOfAny(['+', '>', '~'], separator + 1);
                    if (part.StartsWith('@'))
                    {
                        if (!concepts.TryGetProperty(part[1..], out _))
                            throw new InvalidDataException($"'{finding.Name}' names no concept '{part}' in the {Language} lexicon.");
                        names.Add(part[1..]);
                    }
                    else
                    {
                        var name = $"'{part}'";
                        if (!_terms.Exists(t => t.Id == name))
                            _terms.Add(new Phrase(name, part, Forms));
                        names.Add(name);
                    }
                }

                yield return new FindingPattern(finding.Name, names, halfSaid, afterPrevious, pattern.Contains(" ~ ", StringComparison.Ordinal));
            }
        }
    }

    /// <summary>A list's phrases, each word "@concept" in them spelt out (<see cref="Spelt"/>).</summary>
    private PhraseSet Phrases(JsonElement element, string property) =>
        new([.. element.GetProperty(property).EnumerateArray().SelectMany(p => Spelt(_concepts, p.GetString()!, [])).Select(p => new Phrase(property, p, Forms))]);

    /// <summary>Phrases by group, each word "@concept" in them spelt out: the idioms of <c>notMeaning</c> by the concept
    /// they do not mean ("@waker _ @wakes_me" is every "the baby wakes me" and "my alarm wakes me" that is no pain
    /// waking the patient), commands by command.</summary>
    private PhraseSet Phrases(JsonElement groups) =>
        new([.. groups.EnumerateObject().Where(g => !g.Name.StartsWith('$'))
            .SelectMany(g => g.Value.EnumerateArray().SelectMany(p => Spelt(_concepts, p.GetString()!, [])).Select(p => new Phrase(g.Name, p, Forms)))]);
}
