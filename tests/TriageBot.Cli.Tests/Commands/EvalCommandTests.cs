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
    public async Task A_closed_question_is_answered_from_the_patients_true_findings_and_each_finding_is_scored()
    {
        await File.WriteAllLinesAsync(_file,
        [
            """{"id": "c-1", "locale": "en-US", "opening": "my upper back is numb and my chest feels kind of funny", "answers": {}, "findings": ["thoracic", "numbness", "chest_pressure"], "expect": {"disposition": "emergency", "maxQuestions": 1}}""",
            """{"id": "c-2", "locale": "en-US", "opening": "my upper back is numb and my chest feels kind of funny", "answers": {}, "findings": ["thoracic", "numbness"], "expect": {"disposition": "consult"}}""",
        ]);
        using var output = new StringWriter();

        var exit = await EvalCommand.RunAsync([_file], output);

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("accuracy 2/2", text, StringComparison.Ordinal);
        Assert.Matches(@"chest_pressure\s+1\s+0\s+0\s+100 %", text); // heard once, missed never, never wrongly
        Assert.Matches(@"numbness\s+2\s+0\s+0", text);
    }

    [Theory]
    [InlineData("odd", "vignettes 1 ", "FAIL h-1")]
    [InlineData("even", "vignettes 1 ", "emergency recall 1/1")]
    public async Task Half_a_file_is_played_by_the_parity_of_the_ids(string half, string played, string seen)
    {
        await File.WriteAllLinesAsync(_file,
        [
            """{"id": "h-1", "locale": "en-US", "opening": "My lower back aches a little", "answers": {}, "expect": {"disposition": "emergency"}}""",
            """{"id": "h-2", "locale": "en-US", "opening": "My back hurts and I feel pressure in my chest", "answers": {}, "expect": {"disposition": "emergency"}}""",
        ]);
        using var output = new StringWriter();

        await EvalCommand.RunAsync([_file, "--half", half], output);

        Assert.Contains(played, output.ToString(), StringComparison.Ordinal);
        Assert.Contains(seen, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        await File.WriteAllTextAsync(_file, "");
        Assert.Equal(Usage.BadUsage, await EvalCommand.RunAsync([_file, "--half", "third"], TextWriter.Null));
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        Assert.Equal(Usage.BadUsage, await EvalCommand.RunAsync(["/nonexistent/vignettes.jsonl"], TextWriter.Null));
    }
}
