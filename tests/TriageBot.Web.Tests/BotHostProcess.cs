using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace TriageBot.Web.Tests;

/// <summary>
/// The real TriageBot.Web executable in its own process on a loopback port, so a test can kill it (-9) and
/// start it again on the same SQLite file as an operator would.
/// </summary>
internal sealed partial class BotHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Waiter)> _waiters = [];
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotHostProcess(string dataFolder, string environment, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TriageBot.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Read(e.Data);
        _process.ErrorDataReceived += (_, e) => Read(e.Data);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static async Task<BotHostProcess> StartAsync(
        string dataFolder, string environment = "Development", IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new BotHostProcess(dataFolder, environment, settings ?? new Dictionary<string, string>());
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        var exited = host._process.WaitForExitAsync();
        var first = await Task.WhenAny(host._listening.Task, exited, Task.Delay(StartLimit));
        if (first != host._listening.Task)
            throw new InvalidOperationException($"The host did not start listening within {StartLimit}:\n{host.Output}");
        host.BaseAddress = await host._listening.Task;
        return host;
    }

    /// <summary>The first line of output that matches, waiting for it to be written if need be.</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan limit)
    {
        var waiter = (pattern, new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_output)
        {
            if (pattern.Match(_output.ToString()) is { Success: true } written)
                return written;
            _waiters.Add(waiter);
        }

        return await waiter.Item2.Task.WaitAsync(limit);
    }

    /// <summary>As abrupt as a power cut: no shutdown hooks, no flushing.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            await KillAsync();
        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            _output.AppendLine(line);
            foreach (var (pattern, waiter) in _waiters)
            {
                if (pattern.Match(line) is { Success: true } found)
                    waiter.TrySetResult(found);
            }
        }

        if (ListeningOn().Match(line) is { Success: true } match)
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
