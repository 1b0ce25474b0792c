using System.Globalization;
using TriageBot.Triage;
using Xunit.Abstractions;

namespace TriageBot.Language.Tests;

/// <summary>
/// A labelled corpus (Corpus/*.tsv: text, affirmed findings, negated findings) in both languages, each finding
/// said plainly, negated and misspelt, much of it written by people who never saw the lexicons. Prints precision and
/// recall per finding; a red flag must never be missed, a negated one must never escalate, and what is heard must
/// be right at least <see cref="MinimumPrecision"/> of the time. A message from a carer ("writing for my mum, her
/// back is numb") is heard as the bot hears it: the person cared for is the patient.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private const double MinimumPrecision = 0.98;
    private static readonly LexiconUnderstanding Understanding = new();

    [Fact]
    public void Red_flags_are_all_heard_and_denied_ones_never_escalate_across_the_labelled_corpus()
    {
        var lines = Corpus().ToList();
        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>();
        var missedRedFlags = new List<string>();
        var falseEscalations = new List<string>();
        var misses = new List<string>();
        foreach (var (language, text, affirmed, negated) in lines)
        {
            var understood = Understanding.Understand(text, language);
            var heard = understood.AffirmedFor(understood.SpeaksForSomeoneElse).Select(m => m.FindingId).ToHashSet();
            foreach (var id in heard.Union(affirmed))
            {
                var (tp, fp, fn) = counts.GetValueOrDefault(id);
                counts[id] = (tp + (heard.Contains(id) && affirmed.Contains(id) ? 1 : 0),
                    fp + (heard.Contains(id) && !affirmed.Contains(id) ? 1 : 0),
                    fn + (!heard.Contains(id) && affirmed.Contains(id) ? 1 : 0));
            }

            misses.AddRange(heard.Except(affirmed).Select(id => $"  heard {id} in \"{text}\""));
            misses.AddRange(affirmed.Except(heard).Select(id => $"  missed {id} in \"{text}\""));
            missedRedFlags.AddRange(affirmed.Where(id => IsRedFlag(id) && !heard.Contains(id)).Select(id => $"{id} in \"{text}\""));
            falseEscalations.AddRange(heard.Where(id => IsRedFlag(id) && !affirmed.Contains(id)).Select(id => $"{id} in \"{text}\""));
        }

        Print(lines.Count, counts);
        misses.ForEach(output.WriteLine);
        missedRedFlags.ForEach(m => output.WriteLine($"MISSED RED FLAG {m}"));
        falseEscalations.ForEach(f => output.WriteLine($"FALSE ESCALATION {f}"));
        Assert.True(lines.Count >= 700, $"the corpus has {lines.Count} utterances");
        Assert.Empty(missedRedFlags);
        Assert.Empty(falseEscalations);
        var (heardRight, heardWrong) = (counts.Values.Sum(c => c.Tp), counts.Values.Sum(c => c.Fp));
        Assert.True(Ratio(heardRight, heardRight + heardWrong) >= MinimumPrecision, $"precision {Ratio(heardRight, heardRight + heardWrong):P1}");
    }

    [Fact]
    public void Every_negated_label_is_heard_as_a_denial()
    {
        var wrong = Corpus()
            .SelectMany(l => l.Negated.Select(id => (l.Language, l.Text, Id: id)))
            .Where(n => Understanding.Understand(n.Text, n.Language) is var u && u.AffirmedFor(u.SpeaksForSomeoneElse).Any(m => m.FindingId == n.Id))
            .Select(n => $"{n.Id} affirmed in \"{n.Text}\"")
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void The_corpus_labels_every_finding_in_both_languages()
    {
        var derived = new[] { "numbness_with_pain", "radiating_leg" };
        foreach (var language in TriageProtocol.Languages)
        {
            var labelled = Corpus().Where(l => l.Language == language).SelectMany(l => l.Affirmed).ToHashSet();
            var missing = TriageProtocol.Default.Findings.Select(f => f.Id).Except(derived).Where(id => !labelled.Contains(id));
            Assert.Empty(missing);
        }
    }

    private void Print(int utterances, Dictionary<string, (int Tp, int Fp, int Fn)> counts)
    {
        output.WriteLine($"{utterances} utterances");
        output.WriteLine($"{"finding",-22} {"precision",9} {"recall",7} {"tp",4} {"fp",4} {"fn",4}");
        foreach (var (id, (tp, fp, fn)) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id,-22} {Ratio(tp, tp + fp),9:P0} {Ratio(tp, tp + fn),7:P0} {tp,4} {fp,4} {fn,4}"));
        var (allTp, allFp, allFn) = (counts.Values.Sum(c => c.Tp), counts.Values.Sum(c => c.Fp), counts.Values.Sum(c => c.Fn));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all (micro)",-22} {Ratio(allTp, allTp + allFp),9:P1} {Ratio(allTp, allTp + allFn),7:P1} {allTp,4} {allFp,4} {allFn,4}"));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static bool IsRedFlag(string id) => TriageProtocol.Default.Finding(id).IsRedFlag;

    private static IEnumerable<(string Language, string Text, HashSet<string> Affirmed, HashSet<string> Negated)> Corpus() =>
        TriageProtocol.Languages.SelectMany(language => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", $"{language}.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => (language, cells[0], Ids(cells[1]), Ids(cells.Length > 2 ? cells[2] : ""))));

    private static HashSet<string> Ids(string cell) => [.. cell.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
