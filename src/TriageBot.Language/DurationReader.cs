using System.Globalization;
using System.Text.Json;

namespace TriageBot.Language;

/// <summary>
/// How long it has lasted: "for 5 weeks", "three months", "уже 4 месяца". PROTOCOL.md calls more than three
/// weeks, or coming back again and again, persistent; the latter is in the lexicon's phrases.
/// </summary>
internal sealed class DurationReader
{
    /// <summary>Three weeks: PROTOCOL.md's "lasting more than three weeks" starts here.</summary>
    public const int PersistentFromDays = 21;

    /// <summary>A count of years this large said alone ("79 лет.", "Male. 64 years.") is the writer's age, not
    /// how long it has hurt: a complaint of decades is told with it ("back pain for 20 years").</summary>
    private const int AgeFromYears = 18;

    private readonly Dictionary<string, int> _numbers;
    private readonly List<(Phrase Unit, int Days)> _units;
    private readonly PhraseSet _ignoredNear;
    private readonly HashSet<string> _joiners;

    /// <summary>Words that make a unit with no count one of it («уже месяц», «больше года»), unless a count stands after
    /// it («уже недели 4»).</summary>
    private readonly HashSet<string> _one;
    private readonly PhraseSet _often;

    public DurationReader(JsonElement durations, WordForms forms)
    {
        // Forms of one number share a stem (один, одна, одну): one entry each.
        _numbers = durations.GetProperty("numbers").EnumerateObject()
            .GroupBy(n => forms.Fold(n.Name))
            .ToDictionary(g => g.Key, g => g.First().Value.GetInt32());
        _units = [.. durations.GetProperty("units").EnumerateObject().Select(u => (new Phrase("unit", u.Name, forms), u.Value.GetInt32()))];
        _ignoredNear = new PhraseSet([.. durations.GetProperty("ignoredNear").EnumerateArray().Select(w => new Phrase("ignored", w.GetString()!, forms))]);
        _joiners = [.. durations.GetProperty("joiners").EnumerateArray().Select(w => forms.Fold(w.GetString()!))];
        _one = [.. durations.GetProperty("one").EnumerateArray().Select(w => forms.Fold(w.GetString()!))];
        _often = new PhraseSet([.. durations.GetProperty("often").EnumerateArray().Select(w => new Phrase("often", w.GetString()!, forms))]);
    }

    /// <summary>Each stated duration of three weeks or more, as a "persistent" match over its words: the count before
    /// the unit, or after it when roughly («месяца три»: about three months).</summary>
    public IEnumerable<PhraseMatch> Read(IReadOnlyList<Token> tokens)
    {
        var skipped = new List<int>();
        // "two times a month" says how often, not how long: only a counted time, since "it comes back three times a
        // year" is the lexicon's recurring complaint.
        var ignored = Lexicon.FindAll(_ignoredNear, tokens).Concat(Lexicon.FindAll(_often, tokens)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (unit, days) in _units)
            {
                if (unit.MatchAt(tokens, i, skipped) is var end && end <= i)
                    continue;
                // "a couple of months": a word like "of" may join the count to its unit.
                var before = i > 1 && _joiners.Contains(tokens[i - 1].Folded) ? i - 2 : i - 1;
                var (count, start, last) = (before >= 0 ? CountOf(tokens[before].Folded) : null, before, end);
                if (count is null && end < tokens.Count && CountOf(tokens[end].Folded) is { } after)
                    (count, start, last) = (after, i, end + 1);
                if (count is null && ((before >= 0 && _one.Contains(tokens[before].Folded)) || (end < tokens.Count && _one.Contains(tokens[end].Folded))))
                    (count, start, last) = (1, i, end);
                if (count is not { } n || n * days < PersistentFromDays || (days >= 365 && n >= AgeFromYears && Alone(tokens, start, last)))
                    continue;
                if (!Voided(ignored, tokens, start, last))
                    yield return new PhraseMatch("persistent", start, last);
            }
        }
    }

    /// <summary>Which long times in the message are said of something else ("the same bed for years", «я на пенсии,
    /// 72 года»): a word next to them that a duration of the complaint never has. The message is read once.</summary>
    public Func<PhraseMatch, bool> Voids(IReadOnlyList<Token> tokens)
    {
        var ignored = Lexicon.FindAll(_ignoredNear, tokens);
        // A word inside the lexicon's own words for a long time ("раз за год") is part of them.
        return duration => ignored.Exists(w => Near(w, tokens, duration.Start, duration.End) && !(w.Start >= duration.Start && w.End <= duration.End));
    }

    private static bool Voided(List<PhraseMatch> ignored, IReadOnlyList<Token> tokens, int start, int end) => ignored.Exists(w => Near(w, tokens, start, end));

    /// <summary>A word that a duration of the complaint never has stands before it («я на пенсии, 72 года»), among its
    /// words, or right after it with no mark between: "for the last 4 weeks, twice a day" is a duration still.</summary>
    private static bool Near(PhraseMatch word, IReadOnlyList<Token> tokens, int start, int end) =>
        word.Start >= start - 3 && word.Start <= end + 1 && !(word.Start == end + 1 && tokens[end].IsMark);

    /// <summary>Nothing but marks between the words and the ends of their sentence.</summary>
    private static bool Alone(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start - 1; i >= 0 && !tokens[i].SentenceEnd; i--)
        {
            if (!tokens[i].IsMark)
                return false;
        }

        for (var i = end; i < tokens.Count && !tokens[i].SentenceEnd; i++)
        {
            if (!tokens[i].IsMark)
                return false;
        }

        return true;
    }

    private int? CountOf(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : _numbers.TryGetValue(word, out var named) ? named
        : null;
}
