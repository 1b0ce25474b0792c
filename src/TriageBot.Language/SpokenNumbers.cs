using System.Globalization;
using System.Text.Json;

namespace TriageBot.Language;

/// <summary>
/// Numbers as people type a temperature, not only as digits: "37.8", "37 point 8", «37 и 4», "thirty eight and a
/// half", «тридцать восемь и пять». Tens and units in words, then a decimal point said as a word ("point", «и») and
/// one digit, or a half.
/// </summary>
internal sealed class SpokenNumbers
{
    private readonly Dictionary<string, int> _words;
    private readonly PhraseSet _point;
    private readonly PhraseSet _half;

    public SpokenNumbers(JsonElement temperature, WordForms forms)
    {
        _words = temperature.GetProperty("numbers").EnumerateObject()
            .GroupBy(n => forms.Fold(n.Name))
            .ToDictionary(g => g.Key, g => g.First().Value.GetInt32());
        _point = new PhraseSet([.. temperature.GetProperty("point").EnumerateArray().Select(p => new Phrase("point", p.GetString()!, forms))]);
        _half = new PhraseSet([.. temperature.GetProperty("half").EnumerateArray().Select(p => new Phrase("half", p.GetString()!, forms))]);
    }

    /// <summary>Each number in the message, over its words, and whether it reads as a measurement on its own: a
    /// written decimal or a half ("37.8", "and a half"), not a whole number (an age?) nor a decimal point said as a
    /// word that may only join two numbers («40 и 5 детей»).</summary>
    public IEnumerable<(double Value, PhraseMatch Words, bool Reading)> Read(IReadOnlyList<Token> tokens)
    {
        var points = Lexicon.FindAll(_point, tokens);
        var halves = Lexicon.FindAll(_half, tokens);
        for (var start = 0; start < tokens.Count;)
        {
            if (Whole(tokens, start) is not var (whole, end))
            {
                start++;
                continue;
            }

            var written = tokens[start].Folded.AsSpan().IndexOfAny('.', ',') > 0;
            var reading = written;
            if (!written && points.Find(p => p.Start == end) is { Length: > 0 } point && point.End < tokens.Count && Digit(tokens[point.End]) is { } tenth)
                (whole, end) = (whole + (tenth / 10.0), point.End + 1);
            else if (!written && halves.Find(h => h.Start == end) is { Length: > 0 } half)
                (whole, end, reading) = (whole + 0.5, half.End, true);
            yield return (whole, new PhraseMatch("number", start, end), reading);
            start = end;
        }
    }

    private (double Value, int End)? Whole(IReadOnlyList<Token> tokens, int start)
    {
        var token = tokens[start];
        // Digits only: double.TryParse also reads "nan" (a grandmother) and "infinity".
        if (token.Folded.Length > 0 && char.IsAsciiDigit(token.Folded[0])
            && double.TryParse(token.Folded.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return (number, start + 1);
        if (Word(token) is not { } tens || tens % 10 != 0)
            return null;
        return start + 1 < tokens.Count && Word(tokens[start + 1]) is { } unit and < 10 ? (tens + unit, start + 2) : (tens, start + 1);
    }

    private int? Digit(Token token) =>
        token.Folded.Length == 1 && char.IsAsciiDigit(token.Folded[0]) ? token.Folded[0] - '0'
        : Word(token) is { } unit and < 10 ? unit
        : null;

    private int? Word(Token token) => !token.IsMark && _words.TryGetValue(token.Folded, out var value) ? value : null;
}
