using System.Globalization;
using TriageBot.Triage;

namespace TriageBot.Language;

/// <summary>
/// Body temperatures written as numbers: 37.6, 39,5, 101 F. The protocol's bounds decide: a high fever, a
/// fever, or a normal temperature (a denied fever).
/// </summary>
internal static class TemperatureReader
{
    private const int Nearby = 3;

    /// <summary>Each reading as a finding match with whether it denies a fever (a normal temperature).</summary>
    /// <param name="bareNumbers">Whether "37.6" alone counts: only in the conversation's language, so that the other
    /// lexicon, blind to "у мужа температура 37,8", does not read it as the patient's.</param>
    public static IEnumerable<(PhraseMatch Match, bool Normal)> Read(Lexicon lexicon, IReadOnlyList<Token> tokens, string text, TemperatureBounds bounds, bool bareNumbers)
    {
        var words = Lexicon.FindAll(lexicon.TemperatureWords, tokens);
        var fahrenheit = Lexicon.FindAll(lexicon.Fahrenheit, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!double.TryParse(tokens[i].Folded.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                continue;
            var degreeSign = tokens[i].End < text.Length && text[tokens[i].End] == '°';
            var near = degreeSign || words.Exists(w => Math.Abs(w.Start - i) <= Nearby);
            var isFahrenheit = fahrenheit.Exists(f => f.Start > i && f.Start - i <= 1);
            var celsius = isFahrenheit || (value is >= 95 and <= 110 && near) ? (value - 32) * 5 / 9 : value;
            if (celsius is < 34 or > 43 || (!near && !(bareNumbers && IsTypicalReading(tokens[i].Folded))))
                continue;
            // Converted Fahrenheit is off by rounding (101.3 °F is 38.499... °C): compare to the nearest hundredth.
            var id = celsius >= bounds.HighFeverFromCelsius - 0.005 ? "high_fever" : "fever";
            yield return (new PhraseMatch(id, i, i + 1), celsius <= bounds.FeverAboveCelsius + 0.005);
        }
    }

    /// <summary>"37.6" with a decimal is a temperature even without the word; a bare "38" may be an age.</summary>
    private static bool IsTypicalReading(string number) => number.Contains('.', StringComparison.Ordinal) || number.Contains(',', StringComparison.Ordinal);
}
