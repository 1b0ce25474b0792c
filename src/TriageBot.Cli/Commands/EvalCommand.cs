using TriageBot.Cli.Vignettes;

namespace TriageBot.Cli.Commands;

/// <summary><c>triagebot eval FILE.jsonl [--url URL] [--half even|odd]</c>: plays vignettes and scores them.</summary>
public static class EvalCommand
{
    public const int EmergencyMissed = 1;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var options = args.Skip(1).ToList();
        if (args is not [var file, ..] || !File.Exists(file) || options.Count % 2 != 0)
            return Usage.Print(Console.Error);
        Uri? url = null;
        int? parity = null;
        for (var i = 0; i < options.Count; i += 2)
        {
            switch (options[i], options[i + 1])
            {
                case ("--url", var server) when Uri.TryCreate(server, UriKind.Absolute, out var address):
                    url = address;
                    break;
                case ("--half", "even" or "odd"):
                    parity = options[i + 1] == "even" ? 0 : 1;
                    break;
                default:
                    return Usage.Print(Console.Error);
            }
        }

        using var http = new HttpClient { BaseAddress = url };
        var bot = url is null ? new LocalBot() : null;
        var results = new List<VignetteResult>();
        foreach (var vignette in Vignette.ReadFile(file).Where(v => parity is null || Number(v.Id) % 2 == parity))
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

    /// <summary>The number an id ends with ("pr-017": 17), which splits a file into halves.</summary>
    private static int Number(string id) => int.TryParse(string.Concat(id.Reverse().TakeWhile(char.IsAsciiDigit).Reverse()), out var n) ? n : 0;
}
