using System.Diagnostics;

namespace TriageBot.Web.Tests.Health;

/// <summary>The container's HEALTHCHECK: <c>TriageBot.Web probe URL</c> exits 0 for a ready host, 1 otherwise.</summary>
public sealed class HealthProbeTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_probe_passes_for_the_running_host_and_fails_where_nothing_answers()
    {
        Assert.Equal(0, await ProbeAsync(new Uri(fixture.Http.BaseAddress!, "/health/ready").ToString()));
        Assert.Equal(1, await ProbeAsync("http://127.0.0.1:9/health/ready"));
    }

    private static async Task<int> ProbeAsync(string url)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "TriageBot.Web.dll"), "probe", url })
            start.ArgumentList.Add(argument);
        using var probe = Process.Start(start)!;
        await probe.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return probe.ExitCode;
    }
}
