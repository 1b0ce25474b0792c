using System.Text.Json;

namespace TriageBot.Language;

/// <summary>
/// How long it has lasted, told by the month it began: "since I started the new job in August", «с сентября». The
/// month is the latest one of that name; from its last day to today, three weeks or more is persistent.
/// </summary>
internal sealed class SinceMonthReader
{
    /// <summary>How far before the month its "since" may stand ("since I started the new job in August").</summary>
    private const int Reach = 7;

    private readonly Dictionary<string, int> _months;
    private readonly PhraseSet _since;

    public SinceMonthReader(JsonElement durations, WordForms forms)
    {
        _months = durations.GetProperty("months").EnumerateObject()
            .GroupBy(m => forms.Fold(m.Name))
            .ToDictionary(g => g.Key, g => g.First().Value.GetInt32());
        _since = new PhraseSet([.. durations.GetProperty("since").EnumerateArray().Select(w => new Phrase("since", w.GetString()!, forms))]);
    }

    /// <summary>Each month said after "since" in a sentence that tells the complaint (one of <paramref name="complaint"/>:
    /// «с января ужинаю не позже семи» is a habit's month), three weeks or more before <paramref name="today"/>, as a
    /// "persistent" match from "since" to the month.</summary>
    public IEnumerable<PhraseMatch> Read(IReadOnlyList<Token> tokens, DateOnly today, IReadOnlyList<PhraseMatch> complaint)
    {
        var since = Lexicon.FindAll(_since, tokens);
        if (since.Count == 0)
            yield break;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsMark || !_months.TryGetValue(tokens[i].Folded, out var month))
                continue;
            var start = since.FindLast(s => s.End <= i && i - s.End < Reach && !Tokenizer.SentenceEnds(tokens, s.End, i));
            if (start.Id is null || !complaint.Any(c => !Tokenizer.SentenceEnds(tokens, Math.Min(c.Start, i), Math.Max(c.End, start.Start))))
                continue;
            var year = month <= today.Month ? today.Year : today.Year - 1;
            var ended = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            if (today.DayNumber - ended.DayNumber >= DurationReader.PersistentFromDays)
                yield return new PhraseMatch("persistent", start.Start, i + 1);
        }
    }
}
