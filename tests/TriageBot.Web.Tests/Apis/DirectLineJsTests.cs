using System.Diagnostics;

namespace TriageBot.Web.Tests.Apis;

/// <summary>
/// The official client, botframework-directlinejs from npm, in a small Node script (DirectLineJs/client.js),
/// completes a conversation against the real host. Needs Node.js and `npm ci` in that folder (.ci/run does it).
/// </summary>
public sealed class DirectLineJsTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [SkippableTheory]
    [InlineData("poll")]
    [InlineData("ws")]
    public async Task The_official_direct_line_client_gets_from_greeting_to_outcome(string mode)
    {
        var folder = ScriptFolder();
        var installed = Directory.Exists(Path.Combine(folder, "node_modules", "botframework-directlinejs"));
        if (!installed && Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail($"botframework-directlinejs is not installed in {folder}: .ci/run must run `npm ci` there.");
        Skip.IfNot(installed, $"needs the npm package botframework-directlinejs (Node.js): run `npm ci` in {folder}");

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("client.js");
        start.ArgumentList.Add(fixture.Http.BaseAddress!.GetLeftPart(UriPartial.Authority));
        start.ArgumentList.Add(mode);
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync(new CancellationTokenSource(Limit).Token);

        Assert.True(node.ExitCode == 0, $"client.js failed:\n{await output}\n{await errors}");
        Assert.Contains("triagebot: complaint", await output, StringComparison.Ordinal);
        Assert.Contains("triagebot: outcome/emergency", await output, StringComparison.Ordinal);
    }

    private static string ScriptFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.sln")))
                return Path.Combine(dir.FullName, "tests", "TriageBot.Web.Tests", "DirectLineJs");
        }

        throw new DirectoryNotFoundException("The repository root (TriageBot.sln) is not above the test's folder.");
    }
}
