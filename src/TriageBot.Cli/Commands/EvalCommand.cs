using TriageBot.Cli.Vignettes;

namespace TriageBot.Cli.Commands;

/// <summary><c>triagebot eval FILE.jsonl [--url URL]</c>: plays vignettes and scores them.</summary>
public static class EvalCommand
{
    public const int EmergencyMissed = 1;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Uri? url = null;
        if (args is not [var file, ..] || !File.Exists(file) || (args.Count > 1 && (args is not [_, "--url", var server] || !Uri.TryCreate(server, UriKind.Absolute, out url))))
            return Usage.Print(Console.Error);

        using var http = new HttpClient { BaseAddress = url };
        var bot = url is null ? new LocalBot() : null;
        var results = new List<VignetteResult>();
        foreach (var vignette in Vignette.ReadFile(file))
        {
            IPatientChannel channel = bot is null ? new DirectLineChannel(http, vignette.Locale) : bot.Start(vignette.Locale);
            results.Add(await VignetteRunner.PlayAsync(vignette, channel));
        }

        foreach (var miss in results.Where(r => !r.Exact))
        {
            await output.WriteLineAsync($"FAIL {miss.Vignette.Id} ({miss.Vignette.Locale}): expected {miss.Vignette.ExpectedDisposition}, " +
                $"got {miss.Disposition ?? "no outcome"} after {miss.Questions} questions, hearing {string.Join(' ', miss.Findings)}; " +
                $"specialists {string.Join(' ', miss.Specialists)}; tips {string.Join(' ', miss.Tips)}");
            foreach (var line in miss.Transcript)
                await output.WriteLineAsync($"    {line}");
        }

        var recall = FindingRecall.Of(results);
        if (recall.Count > 0)
            await output.WriteAsync(FindingRecall.Table(recall));
        var scores = Scores.Of(results);
        await output.WriteLineAsync(scores.ToString());
        return scores.EmergencyUnderTriaged ? EmergencyMissed : 0;
    }
}
