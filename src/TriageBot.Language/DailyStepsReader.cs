using System.Globalization;
using System.Text.Json;

namespace TriageBot.Language;

/// <summary>
/// Little movement told as a step count: "maybe 1,500 steps a day", «шагов за день 500». Fewer steps than the lexicon's
/// bound (5,000 a day: Tudor-Locke and Bassett's "sedentary") is little movement; "12,000 steps" is not.
/// </summary>
internal sealed class DailyStepsReader
{
    /// <summary>How far the count may stand from the word for steps ("шагов за день 500").</summary>
    private const int Reach = 3;

    /// <summary>Fewer are stairs ("3 steps up to my door"), not a day's walking.</summary>
    private const int FewestCounted = 100;

    private readonly PhraseSet _steps;
    private readonly int _fewerThan;

    public DailyStepsReader(JsonElement dailySteps, WordForms forms)
    {
        _steps = new([.. dailySteps.GetProperty("words").EnumerateArray().Select(w => new Phrase("steps", w.GetString()!, forms))]);
        _fewerThan = dailySteps.GetProperty("fewerThan").GetInt32();
    }

    /// <summary>Each step word with a count below the bound near it, as a "little_movement" match over both.</summary>
    public IEnumerable<PhraseMatch> Read(IReadOnlyList<Token> tokens)
    {
        foreach (var steps in Lexicon.FindAll(_steps, tokens))
        {
            var near = Enumerable.Range(Math.Max(0, steps.Start - Reach), Math.Min(tokens.Count, steps.End + Reach) - Math.Max(0, steps.Start - Reach))
                .Where(i => (i < steps.Start || i >= steps.End) && !Tokenizer.SentenceEnds(tokens, Math.Min(i, steps.Start), Math.Max(i, steps.End - 1)))
                .Select(i => (At: i, Count: Count(tokens[i])))
                .FirstOrDefault(n => n.Count is not null);
            if (near.Count is { } count && count >= FewestCounted && count < _fewerThan)
                yield return new PhraseMatch("little_movement", Math.Min(near.At, steps.Start), Math.Max(near.At + 1, steps.End));
        }
    }

    /// <summary>A whole count as typed: "500", "1,500", "1500".</summary>
    private static int? Count(Token token) =>
        token.Folded.Length > 0 && char.IsAsciiDigit(token.Folded[0])
            && int.TryParse(token.Folded, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count)
            ? count
            : null;
}
