using TriageBot.Cli.Commands;

namespace TriageBot.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task The_public_vignettes_score_and_exit_zero()
    {
        using var output = new StringWriter();
        var exit = await EvalCommand.RunAsync([SharedFiles.PublicVignettes], output);
        Assert.Equal(0, exit);
        Assert.Contains("emergency recall 7/7", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_emergency_answered_less_urgently_fails_the_run_and_shows_its_transcript()
    {
        // A clinician's expectation the bot cannot meet from these words: the run must say so and exit non-zero.
        await File.WriteAllTextAsync(_file, """{"id": "x-1", "locale": "en-US", "opening": "My lower back aches a little", "answers": {}, "expect": {"disposition": "emergency"}}""");
        using var output = new StringWriter();

        var exit = await EvalCommand.RunAsync([_file], output);

        Assert.Equal(EvalCommand.EmergencyMissed, exit);
        Assert.Contains("FAIL x-1 (en-US): expected emergency, got self_care", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("patient: My lower back aches a little", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("emergency recall 0/1", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        Assert.Equal(Usage.BadUsage, await EvalCommand.RunAsync(["/nonexistent/vignettes.jsonl"], TextWriter.Null));
    }
}
