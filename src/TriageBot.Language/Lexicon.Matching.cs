using System.Runtime.InteropServices;

namespace TriageBot.Language;

/// <summary>Finding a lexicon's words in a message: phrases, concepts and the parts of a clause.</summary>
internal sealed partial class Lexicon
{
    /// <summary>The concepts a sentence may say alone and go on in the next ("Numb. Mostly between my legs").</summary>
    private static readonly string[] Sensations = ["numb", "pain"];

    /// <summary>Every place a phrase of the list occurs: (phrase, first word, index after the last).</summary>
    public static List<PhraseMatch> FindAll(IReadOnlyList<Phrase> phrases, IReadOnlyList<Token> tokens) =>
        phrases is PhraseSet set ? FindAll(tokens, set.Index) : FindAll(tokens, new PhraseIndex(phrases));

    /// <summary>The phrases of the list that are the whole message, marks aside ("I can't", "belly").</summary>
    public static IEnumerable<PhraseMatch> FindWhole(IReadOnlyList<Phrase> phrases, IReadOnlyList<Token> tokens) =>
        FindWhole(phrases, tokens, aside: []);

    /// <summary>The habits of <see cref="FindingsAlone"/> that are the whole answer, marks, how long and asides
    /// aside ("desk 10h", «офис, весь день», "same as always, stomach").</summary>
    public IEnumerable<PhraseMatch> FindHabitsAlone(IReadOnlyList<Token> tokens)
    {
        var aside = FindAll(HowLong, tokens).Concat(FindAll(Asides, tokens)).SelectMany(m => Enumerable.Range(m.Start, m.Length))
            .Concat(Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Folded.Any(char.IsAsciiDigit)))
            .ToHashSet();
        return FindWhole(FindingsAlone, tokens, aside);
    }

    private static IEnumerable<PhraseMatch> FindWhole(IReadOnlyList<Phrase> phrases, IReadOnlyList<Token> tokens, HashSet<int> aside)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsMark && !aside.Contains(i))
                (first, last) = (first < 0 ? i : first, i);
        }

        return FindAll(phrases, tokens).Where(m => m.Start == first && m.End == last + 1);
    }

    /// <summary>Where each concept was said, by concept name: only the terms that can start at a word are tried there,
    /// and words inside an idiom that does not mean the concept do not count.</summary>
    public Dictionary<string, List<PhraseMatch>> FindConcepts(IReadOnlyList<Token> tokens)
    {
        // One pass finds the idioms of every concept.
        var idioms = FindAll(tokens, _notMeaning.Index);
        bool Means(PhraseMatch said) => !idioms.Exists(idiom => (idiom.Id == said.Id || idiom.Id == "*") && said.Start >= idiom.Start && said.End <= idiom.End);
        var said = new Dictionary<string, List<PhraseMatch>>();
        foreach (var match in FindAll(tokens, _termIndex))
        {
            if (!Means(match))
                continue;
            if (!said.TryGetValue(match.Id, out var places))
                said[match.Id] = places = [];
            places.Add(match);
        }

        return said;
    }

    /// <summary>Where each token stands: its clause (a new one after a full stop and at "but") and, inside it, its
    /// part between commas. A sentence of nothing but a sensation ("Numb.", «Немеет.») runs on into the next, which says
    /// where: "Numb. Mostly between my legs" is numbness between the legs.</summary>
    public TextParts Parts(IReadOnlyList<Token> tokens, Dictionary<string, List<PhraseMatch>> said)
    {
        var runsOn = SensationAlone(tokens, said);
        var breaks = FindAll(ClauseBreaks, tokens).Select(b => b.Start).ToHashSet();
        var partBreaks = FindAll(PartBreaks, tokens).Select(b => b.Start).ToHashSet();
        var goesOn = FindAll(PartGoesOn, tokens).Select(b => b.Start).ToHashSet();
        var clauses = new int[tokens.Count];
        var parts = new int[tokens.Count];
        var (clause, part) = (0, 0);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (breaks.Contains(i))
                (clause, part) = (clause + 1, part + 1);
            else if (partBreaks.Contains(i))
                part++;
            clauses[i] = clause;
            parts[i] = part;
            if (tokens[i].IsMark && !runsOn.Contains(i) && (tokens[i].SentenceEnd || !goesOn.Contains(i + 1)))
                (clause, part) = (tokens[i].SentenceEnd ? clause + 1 : clause, part + 1);
        }

        var distance = new int[tokens.Count + 1];
        for (var i = 0; i < tokens.Count; i++)
            distance[i + 1] = distance[i] + (tokens[i].IsMark || _functionWords.Contains(tokens[i].Folded) ? 0 : 1);
        return new TextParts(clauses, parts, distance);
    }

    /// <summary>The ends of sentences whose every word is a sensation's ("Numb.", "Pins and needles.").</summary>
    private static HashSet<int> SensationAlone(IReadOnlyList<Token> tokens, Dictionary<string, List<PhraseMatch>> said)
    {
        var ends = new HashSet<int>();
        var sensation = new bool[tokens.Count];
        foreach (var match in Sensations.SelectMany(c => said.GetValueOrDefault(c) ?? []))
        {
            for (var i = match.Start; i < match.End; i++)
                sensation[i] = true;
        }

        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].SentenceEnd)
                continue;
            var words = Enumerable.Range(start, i - start).Where(w => !tokens[w].IsMark).ToList();
            if (words.Count is > 0 and <= 3 && words.TrueForAll(w => sensation[w]) && i + 1 < tokens.Count)
                ends.Add(i);
            start = i + 1;
        }

        return ends;
    }

    // A message is searched for dozens of phrase lists: the working lists are kept per thread, not made for each.
    [ThreadStatic]
    private static List<int>? _skipped;

    [ThreadStatic]
    private static List<List<Phrase>>? _candidates;

    private static List<PhraseMatch> FindAll(IReadOnlyList<Token> tokens, PhraseIndex index)
    {
        var found = new List<PhraseMatch>();
        var skipped = _skipped ??= [];
        var candidates = _candidates ??= [];
        ReadOnlySpan<Token> words = tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : [.. tokens];
        for (var start = 0; start < words.Length; start++)
        {
            if (words[start].IsMark)
                continue;
            index.At(words[start], candidates);
            foreach (var phrases in candidates)
            {
                foreach (var phrase in phrases)
                {
                    var end = phrase.MatchAt(words, start, skipped);
                    if (end > start)
                        found.Add(new PhraseMatch(phrase.Id, start, end, skipped.Count == 0 ? null : [.. skipped]));
                }
            }
        }

        return found;
    }
}
