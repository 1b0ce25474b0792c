using System.Diagnostics;
using System.Text.RegularExpressions;
using TriageBot.Tests.Shared;

namespace TriageBot.Web.Tests.Faults;

/// <summary>
/// Azure AI Language configured and then stuck: a job that never finishes must not hold the patient's turn
/// past the configured timeout; the turn goes on with the local lexicons.
/// </summary>
public sealed partial class SlowLanguageServiceTests
{
    private const double TimeoutSeconds = 1;

    // "Dyspnoea" is not in the lexicons: only Azure's answer makes it the red flag it is.
    private const string Words = "My lower back is numb and I have dyspnoea";

    [Fact]
    public async Task A_language_service_that_never_answers_delays_the_turn_no_longer_than_its_timeout()
    {
        await using var azure = await FakeTextAnalytics.StartAsync();
        using var data = new TempFolder();
        await using var host = await BotHostProcess.StartAsync(data.Path, settings: new Dictionary<string, string>
        {
            ["Language__Provider"] = "Azure",
            ["Language__Endpoint"] = azure.Endpoint.ToString(),
            ["Language__Key"] = FakeTextAnalytics.Key,
            ["Language__TimeoutSeconds"] = TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var answered = await new Patient(http).SayAsync(Words);
        Assert.Equal("emergency", Patient.DispositionOf(answered[^1]));

        azure.Mode = FakeTextAnalytics.Behaviour.NeverFinish;
        var clock = Stopwatch.StartNew();
        var stuck = await new Patient(http).SayAsync(Words);
        clock.Stop();

        Assert.Equal(2, azure.Submitted.Count);
        Assert.NotEqual("emergency", Patient.DispositionOf(stuck[^1]));
        Assert.NotNull(Patient.LastStep(stuck));
        // The bound leaves room for a slow machine, and is far below what a turn waiting on the stuck job takes
        // (the HTTP client's own 100 s).
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(TimeoutSeconds), TimeSpan.FromSeconds(TimeoutSeconds + 5));
        var warning = await host.WaitForLineAsync(NoResultWarning(), TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("dyspnoea", host.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("local understanding", warning.Value, StringComparison.Ordinal);
    }

    [GeneratedRegex("Azure AI Language gave no result.*")]
    private static partial Regex NoResultWarning();
}
