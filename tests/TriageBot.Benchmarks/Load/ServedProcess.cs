using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TriageBot.Benchmarks.Load;

/// <summary>A server under load in a process of its own (so its memory is its own), on a free loopback port.</summary>
internal sealed partial class ServedProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServedProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<ServedProcess> StartAsync(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        var served = new ServedProcess(new Process { StartInfo = start });
        served._process.OutputDataReceived += (_, e) => served.Read(e.Data);
        served._process.ErrorDataReceived += (_, e) => served.Read(e.Data);
        served._process.Start();
        served._process.BeginOutputReadLine();
        served._process.BeginErrorReadLine();
        served.BaseAddress = await served._listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return served;
    }

    /// <summary>The most memory the process has held (resident set, VmHWM), in MB.</summary>
    public double PeakMegabytes() => Status("VmHWM:");

    /// <summary>The memory the process holds now (resident set, VmRSS), in MB.</summary>
    public double CurrentMegabytes() => Status("VmRSS:");

    private double Status(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(Digits().Match(line).Value, System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>CPU time the process has used so far (user and system), from /proc/PID/stat.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 14 and 15 of the file (utime, stime), in clock ticks of 1/100 s on Linux.
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is not null && Listening().Match(line) is { Success: true } match)
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
