using System.Globalization;
using TriageBot.Cli;
using TriageBot.Cli.Vignettes;
using TriageBot.Tests.Shared;

namespace TriageBot.Benchmarks.Load;

/// <summary>
/// <c>load [--patients 32] [--seconds 30] [--warmup 20] [--targets floor,echo,sqlite,postgres,directline]</c>:
/// simulated patients (the public vignettes) talk to real servers over HTTP at once, each a process of its own,
/// and the figures of each are printed with the triage bot's ratios to the references. The warm-up is not measured:
/// a server that has just started is still compiling its hot code (tiered JIT), which takes TriageBot, with far
/// more code on its path than the echo bot, 15-20 seconds.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var patients = Option(args, "--patients", 32);
        var seconds = Option(args, "--seconds", 30);
        var warmup = Option(args, "--warmup", 20);
        var targets = (args.SkipWhile(a => a != "--targets").Skip(1).FirstOrDefault() ?? "floor,echo,sqlite,postgres,directline").Split(',');
        var vignettes = Vignette.ReadFile(VignettesFile()).ToList();
        Console.WriteLine($"{patients} patients, {warmup} s warm-up, {seconds} s measured, {vignettes.Count} vignettes, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var results = new List<LoadResult>();
        foreach (var target in targets)
        {
            var result = await RunTargetAsync(target, vignettes, patients, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds));
            Console.WriteLine(Row(result));
            results.Add(result);
        }

        Console.WriteLine();
        Console.WriteLine("| target | turns | turns/s | p50 ms | p95 ms | p99 ms | errors | peak MB | server CPU ms/turn |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results)
            Console.WriteLine(Row(result));
        var echo = results.FirstOrDefault(r => r.Target == "echo");
        var floor = results.FirstOrDefault(r => r.Target == "floor");
        foreach (var triage in results.Where(r => r.Target is not ("echo" or "floor")))
        {
            var figures = new List<string>();
            if (echo is not null)
                figures.Add(string.Create(CultureInfo.InvariantCulture, $"{triage.TurnsPerSecond / echo.TurnsPerSecond:0.00}x the echo bot's throughput (target 0.8x)"));
            if (floor is not null)
                figures.Add(string.Create(CultureInfo.InvariantCulture, $"{triage.TurnsPerSecond / floor.TurnsPerSecond:0.00}x the floor's"));
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"p99 {triage.P99:0.0} ms (target 30 ms)"));
            Console.WriteLine($"{triage.Target}: {string.Join(", ", figures)}");
        }

        return results.Any(r => r.Errors > 0) ? 1 : 0;
    }

    private static async Task<LoadResult> RunTargetAsync(string target, IReadOnlyList<Vignette> vignettes, int patients, TimeSpan warmup, TimeSpan measured)
    {
        var data = Directory.CreateTempSubdirectory("triagebot-load-").FullName;
        PostgresServer? postgres = null;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Storage__DataFolder"] = data,
                ["RateLimits__BotRequestsPerWindow"] = "1000000000",
                ["RateLimits__PageRequestsPerWindow"] = "1000000000",
                ["DirectLine__RequestsPerWindow"] = "1000000000",
            };
            if (target == "postgres")
            {
                postgres = await PostgresServer.StartAsync();
                environment["Storage__Provider"] = "Postgres";
                environment["Storage__ConnectionString"] = await postgres.CreateDatabaseAsync() + ";Maximum Pool Size=100";
            }

            await using var server = target is "floor" or "echo"
                ? await ServedProcess.StartAsync("TriageBot.Benchmarks.dll", ["serve", target], environment)
                : await ServedProcess.StartAsync("TriageBot.Web.dll", [], environment);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = patients * 2 }) { BaseAddress = server.BaseAddress };
            var recorder = new TurnRecorder();
            using var stop = new CancellationTokenSource();
            var load = Enumerable.Range(0, patients).Select(i => PatientAsync(i, target, vignettes, http, recorder, stop.Token)).ToList();
            await Task.Delay(warmup);
            recorder.Recording = true;
            var cpuBefore = server.CpuTime();
            await MeasureAsync(server, recorder, measured);
            recorder.Recording = false;
            var serverCpu = server.CpuTime() - cpuBefore;
            await stop.CancelAsync();
            await Task.WhenAll(load);
            return recorder.Result(target, measured, server.PeakMegabytes(), serverCpu);
        }
        finally
        {
            if (postgres is not null)
                await postgres.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>Waits out the measured time; a run of two minutes or more is a soak, and prints the server's
    /// memory every minute against the turns done, so growth per finished conversation shows.</summary>
    private static async Task MeasureAsync(ServedProcess server, TurnRecorder recorder, TimeSpan measured)
    {
        if (measured < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(measured);
            return;
        }

        for (var minute = 1; minute <= (int)measured.TotalMinutes; minute++)
        {
            await Task.Delay(TimeSpan.FromMinutes(1));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  minute {minute}: {recorder.Turns} turns, resident {server.CurrentMegabytes():0} MB"));
        }

        await Task.Delay(measured - TimeSpan.FromMinutes((int)measured.TotalMinutes));
    }

    /// <summary>One patient after another on this seat: each plays a whole vignette, in a new conversation.</summary>
    private static async Task PatientAsync(int seat, string target, IReadOnlyList<Vignette> vignettes, HttpClient http, TurnRecorder recorder, CancellationToken stop)
    {
        for (var n = seat; !stop.IsCancellationRequested; n += 7)
        {
            var vignette = vignettes[n % vignettes.Count];
            IPatientChannel channel = target == "directline" ? new DirectLineChannel(http, vignette.Locale) : new MessagesChannel(http, vignette.Locale);
            var timed = new TimedChannel(channel, recorder);
            try
            {
                if (target is "floor" or "echo")
                {
                    // The references do not triage: they get the same messages a triage conversation sends.
                    foreach (var text in new[] { vignette.Opening }.Concat(vignette.Answers.Values).Append(vignette.AnswerTo("sleep")))
                        await timed.SayAsync(text, stop);
                }
                else
                {
                    await VignetteRunner.PlayAsync(vignette, timed, stop);
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or OperationCanceledException or InvalidDataException)
            {
                // Counted by the timed channel (unless the run was simply over); the seat takes the next patient.
            }
        }
    }

    private static string Row(LoadResult r) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Target} | {r.Turns} | {r.TurnsPerSecond:0.0} | {r.P50:0.0} | {r.P95:0.0} | {r.P99:0.0} | {r.Errors} | {r.PeakMegabytes:0} | {r.CpuPerTurn:0.00} |");

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string VignettesFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "..", "shared", "vignettes", "public.jsonl");
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.sln")) && File.Exists(file))
                return file;
        }

        throw new FileNotFoundException("../shared/vignettes/public.jsonl is not beside the repository.");
    }
}
