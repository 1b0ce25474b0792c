using TriageBot.Cli.Vignettes;

namespace TriageBot.Cli.Commands;

/// <summary><c>triagebot eval FILE.jsonl [--url URL]</c>: plays vignettes and scores them.</summary>
public static class EvalCommand
{
    public const int EmergencyMissed = 1;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (args is not [var file, ..] || !File.Exists(file))
            return Usage.Print(Console.Error);
        if (args.Count > 1)
        {
            // The self-hosted Direct Line endpoint is not built yet; saying so beats a silent in-process run.
            await Console.Error.WriteLineAsync("--url needs the server's Direct Line endpoint (/v3/directline), which this version does not have yet.");
            return Usage.BadUsage;
        }

        var bot = new LocalBot();
        var results = new List<VignetteResult>();
        foreach (var vignette in Vignette.ReadFile(file))
            results.Add(await VignetteRunner.PlayAsync(vignette, bot.Start(vignette.Locale)));

        foreach (var miss in results.Where(r => !r.Exact))
        {
            await output.WriteLineAsync($"FAIL {miss.Vignette.Id} ({miss.Vignette.Locale}): expected {miss.Vignette.ExpectedDisposition}, " +
                $"got {miss.Disposition ?? "no outcome"} after {miss.Questions} questions");
            foreach (var line in miss.Transcript)
                await output.WriteLineAsync($"    {line}");
        }

        var scores = Scores.Of(results);
        await output.WriteLineAsync(scores.ToString());
        return scores.EmergencyUnderTriaged ? EmergencyMissed : 0;
    }
}
