using TriageBot.Cli.Vignettes;
using Xunit.Abstractions;

namespace TriageBot.Cli.Tests.Vignettes;

/// <summary>The public simulated patients, played through the real bot as the vignette README says.</summary>
public sealed class VignetteRunnerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_public_vignettes_miss_no_emergency_and_at_least_95_percent_are_exact()
    {
        var bot = new LocalBot();
        var results = new List<VignetteResult>();
        foreach (var vignette in Vignette.ReadFile(SharedFiles.PublicVignettes))
            results.Add(await VignetteRunner.PlayAsync(vignette, bot.Start(vignette.Locale)));

        var scores = Scores.Of(results);
        output.WriteLine(scores.ToString());
        foreach (var miss in results.Where(r => !r.Exact))
            output.WriteLine($"{miss.Vignette.Id}: expected {miss.Vignette.ExpectedDisposition}, got {miss.Disposition}");

        Assert.True(scores.Emergencies > 0);
        Assert.Equal(scores.Emergencies, scores.EmergenciesCaught);
        Assert.Equal(0, scores.UnderTriaged);
        Assert.True(scores.Exact >= 0.95 * scores.Vignettes, scores.ToString());
    }

    [Fact]
    public async Task A_vignette_records_the_questions_asked_and_the_transcript()
    {
        var vignette = Vignette.Parse("""{"id": "t-1", "locale": "en-US", "opening": "My lower back hurts", "answers": {"sleep": "two big pillows"}, "expect": {"disposition": "self_care", "tips": ["pillow"]}}""");

        var result = await VignetteRunner.PlayAsync(vignette, new LocalBot().Start(vignette.Locale));

        Assert.True(result.Exact);
        Assert.Equal(4, result.Questions); // symptoms, context, sleep, posture
        Assert.Contains("patient: two big pillows", result.Transcript);
        Assert.Contains(result.Transcript, line => line.StartsWith("bot [sleep]:", StringComparison.Ordinal));
    }
}
