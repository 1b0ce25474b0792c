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

    /// <summary>
    /// Simulated patients written for issue 12 by helpers who read only PROTOCOL.md and the vignette format, never
    /// the lexicons: forty-eight batches of different styles (everyday, slang, elderly and carers, non-native, clinical
    /// words, late answers, habits, the boundaries between urgent, consult and self-care, specialists, phone typing,
    /// doctors' words and medicines, one voice per patient, writers whose first language is another, older patients
    /// and their carers, habits told sideways, red flags said and denied any way, everyday visitors, a fair sample, carers
    /// for parents and teenagers, red flags said indirectly, habits in passing, the boundaries between levels, mixed and
    /// non-standard language, consult findings and their specialists, terse patients, storytellers, alarming words that
    /// are no red flags, habits told at length, the boundaries again, red flags in everyday words, red flags told late
    /// by carers and non-native writers, consult findings in lay words, phone typing, numbers that decide, red-flag words said
    /// in another sense, a voice per person for red flags, urgent findings told by what the patient notices,
    /// habits that decide the tips).
    /// Each batch measured the understanding on text it had not seen before the vocabulary grew from it; kept here,
    /// they make sure what was learnt stays learnt. Three patients are left out whose red flag came only in the sleep
    /// answer of an urgent conversation, a question the protocol did not ask then.
    /// </summary>
    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task The_patients_written_for_issue_12_miss_no_emergency_and_at_least_95_percent_are_exact(string language)
    {
        var bot = new LocalBot();
        var results = new List<VignetteResult>();
        foreach (var vignette in Vignette.ReadFile(Path.Combine(AppContext.BaseDirectory, "Vignettes", "Written", $"{language}.jsonl")))
            results.Add(await VignetteRunner.PlayAsync(vignette, bot.Start(vignette.Locale)));

        var scores = Scores.Of(results);
        output.WriteLine(scores.ToString());
        foreach (var miss in results.Where(r => !r.Exact))
            output.WriteLine($"{miss.Vignette.Id}: expected {miss.Vignette.ExpectedDisposition}, got {miss.Disposition}");

        Assert.True(scores.Vignettes >= 400, $"{scores.Vignettes} vignettes");
        Assert.Equal(scores.Emergencies, scores.EmergenciesCaught);
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
