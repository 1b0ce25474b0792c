using TriageBot.Triage;

namespace TriageBot.Language;

/// <summary>
/// Body temperatures as numbers: 37.6, 39,5, 101 F, "37 point 8", «тридцать восемь и пять». The protocol's bounds
/// decide: a high fever, a fever, or a normal temperature (a denied fever). A bare "38" may be an age; "37.6" is a
/// reading even without the word.
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
        var otherUnits = Lexicon.FindAll(lexicon.OtherUnits, tokens);
        foreach (var (value, number, reading) in lexicon.Numbers.Read(tokens))
        {
            var degreeSign = tokens[number.End - 1].End < text.Length && text[tokens[number.End - 1].End] == '°';
            var near = degreeSign || words.Exists(w => Math.Abs(w.Start - number.Start) <= Nearby || Math.Abs(w.Start - number.End) <= Nearby);
            var isFahrenheit = fahrenheit.Exists(f => f.Start == number.End);
            // "mine's only 99.9": a written reading in the Fahrenheit range is one even without the word, unless it
            // measures something else ("99.5 kg").
            var bare = bareNumbers && reading && !otherUnits.Exists(u => u.Start == number.End);
            var celsius = isFahrenheit || (value is >= 95 and <= 110 && (near || bare)) ? (value - 32) * 5 / 9 : value;
            if (celsius is < 34 or > 43 || (!near && !bare))
                continue;
            // Converted Fahrenheit is off by rounding (101.3 °F is 38.499... °C): compare to the nearest hundredth.
            var id = celsius >= bounds.HighFeverFromCelsius - 0.005 ? "high_fever" : "fever";
            yield return (number with { Id = id }, celsius <= bounds.FeverAboveCelsius + 0.005);
        }
    }
}
