using System.Globalization;
using System.Text;

namespace TriageBot.Cli.Vignettes;

/// <summary>
/// Per finding, over the vignettes that list the patient's true findings: how often the outcome named it
/// (heard), left it out (missed) or named it wrongly. An emergency ends the questions, so what a patient would
/// have said later counts as missed.
/// </summary>
public sealed record FindingRecall(string Finding, int Heard, int Missed, int WronglyHeard)
{
    public double Recall => Heard + Missed == 0 ? 1 : (double)Heard / (Heard + Missed);

    public double Precision => Heard + WronglyHeard == 0 ? 1 : (double)Heard / (Heard + WronglyHeard);

    public static IReadOnlyList<FindingRecall> Of(IEnumerable<VignetteResult> results)
    {
        var counts = new SortedDictionary<string, (int Heard, int Missed, int Wrong)>(StringComparer.Ordinal);
        foreach (var result in results.Where(r => r.Vignette.Findings is not null))
        {
            var truth = result.Vignette.Findings!.ToHashSet();
            var heard = result.Findings.ToHashSet();
            foreach (var id in truth.Union(heard))
            {
                var (h, m, w) = counts.GetValueOrDefault(id);
                counts[id] = (h + (truth.Contains(id) && heard.Contains(id) ? 1 : 0), m + (truth.Contains(id) && !heard.Contains(id) ? 1 : 0), w + (!truth.Contains(id) ? 1 : 0));
            }
        }

        return [.. counts.Select(c => new FindingRecall(c.Key, c.Value.Heard, c.Value.Missed, c.Value.Wrong))];
    }

    public static string Table(IReadOnlyList<FindingRecall> rows)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"finding",-22} {"heard",5} {"missed",6} {"wrongly",7} {"recall",7} {"precision",9}");
        foreach (var r in rows)
            table.AppendLine(CultureInfo.InvariantCulture, $"{r.Finding,-22} {r.Heard,5} {r.Missed,6} {r.WronglyHeard,7} {r.Recall,7:P0} {r.Precision,9:P0}");
        return table.ToString();
    }
}
