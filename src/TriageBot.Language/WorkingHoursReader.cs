using System.Globalization;
using System.Text.Json;

namespace TriageBot.Language;

/// <summary>
/// A day told by the clock: "from nine till seven", "9am-6pm", "8 to 6", «с 9 до 18», «с девяти до семи». Six hours or
/// more of it is a long time (the lexicon's concept, met with sitting or driving in one clause), however the hours are
/// written: a list of "9 to 5"s never ends.
/// </summary>
internal sealed class WorkingHoursReader
{
    private const int LongFromHours = 6;
    private const int HalfDay = 12;

    private readonly string _concept;
    private readonly Dictionary<string, int> _numbers;
    private readonly HashSet<string> _from;
    private readonly HashSet<string> _to;
    private readonly HashSet<string> _morning;
    private readonly HashSet<string> _afternoon;

    public WorkingHoursReader(JsonElement workingHours, WordForms forms)
    {
        _concept = workingHours.GetProperty("concept").GetString()!;
        _numbers = workingHours.GetProperty("numbers").EnumerateObject()
            .GroupBy(n => forms.Fold(n.Name))
            .ToDictionary(g => g.Key, g => g.First().Value.GetInt32());
        HashSet<string> Words(string property) => [.. workingHours.GetProperty(property).EnumerateArray().Select(w => forms.Fold(w.GetString()!))];
        _from = Words("from");
        _to = Words("to");
        _morning = Words("morning");
        _afternoon = Words("afternoon");
    }

    /// <summary>Adds each long span of the day to the concepts said, over its words from the first hour to the last.</summary>
    public void AddTo(Dictionary<string, List<PhraseMatch>> said, IReadOnlyList<Token> tokens, string text)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Hour(tokens, i) is not var (start, afterStart))
                continue;
            var next = afterStart;
            var joined = next < tokens.Count && _to.Contains(tokens[next].Folded);
            // "9-6": the hyphen between two numbers is not a word of its own.
            var hyphen = !joined && next < tokens.Count && tokens[next - 1].End < tokens[next].Start
                && text[tokens[next - 1].End..tokens[next].Start].Trim() == "-";
            if (!joined && !hyphen)
                continue;
            if (Hour(tokens, joined ? next + 1 : next) is not var (end, afterEnd) || Hours(start, end) < LongFromHours)
                continue;
            var first = i > 0 && _from.Contains(tokens[i - 1].Folded) ? i - 1 : i;
            if (!said.TryGetValue(_concept, out var places))
                said[_concept] = places = [];
            places.Add(new PhraseMatch(_concept, first, afterEnd));
            i = afterEnd - 1;
        }
    }

    /// <summary>How long from one hour to the next, the later one after it the same day or the night through:
    /// nine till seven is ten hours, 22 to 6 eight.</summary>
    private static int Hours(int start, int end)
    {
        while (end <= start)
            end += HalfDay;
        return end - start;
    }

    /// <summary>An hour of the day at the token, with its minutes ("9:30", "9.30") and "am" or "pm" after it.</summary>
    private (int Hour, int After)? Hour(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count)
            return null;
        var word = tokens[i].Folded;
        var digits = word.Split('.', ',')[0];
        if (!(int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && digits.Length <= 2)
            && !_numbers.TryGetValue(word, out hour))
            return null;
        if (hour is < 1 or > 24)
            return null;
        var after = i + 1;
        if (after + 1 < tokens.Count && tokens[after].IsMark && !tokens[after].SentenceEnd && tokens[after + 1].Folded is { Length: 2 } minutes && minutes.All(char.IsAsciiDigit))
            after += 2;
        if (after < tokens.Count && _afternoon.Contains(tokens[after].Folded))
            (hour, after) = (hour < HalfDay ? hour + HalfDay : hour, after + 1);
        else if (after < tokens.Count && _morning.Contains(tokens[after].Folded))
            after++;
        return (hour, after);
    }
}
