using System.Globalization;
using System.Text.Json;

namespace TriageBot.Language;

/// <summary>
/// Weight lost, told as two weights: "I weighed 80, now 72", "went from 90 kg to 82", «весил 70, сейчас 62», «с 70 кг
/// до 62». The first weight follows a word of weighing or is followed by a unit, so a pulse or a blood pressure that
/// went down is none; the second follows a word of now within the same sentence and is lower.
/// </summary>
internal sealed class WeightChangeReader
{
    /// <summary>How far the second weight may stand from the first: "80 kg last spring and only 72 now" and no more.</summary>
    private const int Reach = 8;

    /// <summary>Numbers a grown person may weigh, in kilograms or pounds.</summary>
    private const double Lightest = 30;
    private const double Heaviest = 400;

    private readonly PhraseSet _weighed;
    private readonly PhraseSet _units;
    private readonly PhraseSet _now;

    public WeightChangeReader(JsonElement weightChange, WordForms forms)
    {
        PhraseSet Read(string name) => new([.. weightChange.GetProperty(name).EnumerateArray().Select(w => new Phrase(name, w.GetString()!, forms))]);
        _weighed = Read("weighed");
        _units = Read("units");
        _now = Read("now");
    }

    /// <summary>Each lower weight said after a higher one, as a "weight_loss" match from the first to the second.</summary>
    public IEnumerable<PhraseMatch> Read(IReadOnlyList<Token> tokens)
    {
        var weights = Enumerable.Range(0, tokens.Count).Where(i => Weight(tokens[i]) is not null).ToList();
        if (weights.Count < 2)
            yield break;
        var weighed = Lexicon.FindAll(_weighed, tokens);
        var units = Lexicon.FindAll(_units, tokens);
        var now = Lexicon.FindAll(_now, tokens);
        foreach (var before in weights)
        {
            var verb = weighed.FindLastIndex(w => w.End <= before && before - w.End <= 1);
            int? start = verb >= 0 ? weighed[verb].Start : units.Exists(u => u.Start == before + 1) ? before : null;
            if (start is null)
                continue;
            var after = weights.Find(i => i > before && i - before <= Reach && !Tokenizer.SentenceEnds(tokens, before, i)
                && now.Exists(n => n.End <= i && i - n.End <= 1 && n.Start > before));
            if (after > before && Weight(tokens[after]) < Weight(tokens[before]))
                yield return new PhraseMatch("weight_loss", start.Value, after + 1);
        }
    }

    private static double? Weight(Token token) =>
        token.Folded.Length > 0 && char.IsAsciiDigit(token.Folded[0])
            && double.TryParse(token.Folded.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value is >= Lightest and <= Heaviest
            ? value
            : null;
}
