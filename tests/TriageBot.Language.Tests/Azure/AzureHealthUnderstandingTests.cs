using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TriageBot.Language.Azure;
using TriageBot.Tests.Shared;

namespace TriageBot.Language.Tests.Azure;

/// <summary>Text Analytics for health beside the local lexicons, against a local fake of the documented API.</summary>
public sealed class AzureHealthUnderstandingTests : IAsyncLifetime
{
    private const string Text = "dyspnoea since morning, no fever, no vomiting, lower back hurts, took ibuprofen";
    private FakeTextAnalytics _fake = null!;
    private readonly ListLogger<AzureHealthUnderstanding> _log = new();

    public async Task InitializeAsync() => _fake = await FakeTextAnalytics.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Azure_adds_a_symptom_the_lexicons_do_not_know_and_keeps_denials_as_denials()
    {
        var understood = await Understanding().UnderstandAsync(Text, "en");

        Assert.Contains(understood.Affirmed, m => m.FindingId == "breathing_difficulty" && m.Evidence == "dyspnoea");
        Assert.Contains(understood.Mentions, m => m.FindingId == "fever" && m.Negated);
        Assert.DoesNotContain(understood.Affirmed, m => m.FindingId is "fever" or "vomiting");
        Assert.Contains(understood.Affirmed, m => m.FindingId == "lumbar");
    }

    [Fact]
    public async Task The_request_is_the_documented_healthcare_job()
    {
        await Understanding().UnderstandAsync(Text, "en");

        var (key, apiVersion, body) = Assert.Single(_fake.Submitted);
        Assert.Equal(FakeTextAnalytics.Key, key);
        Assert.Equal("2023-04-01", apiVersion);
        Assert.Equal("Healthcare", body["tasks"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal("en", body["analysisInput"]!["documents"]![0]!["language"]!.GetValue<string>());
        Assert.Equal(Text, body["analysisInput"]!["documents"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_red_flag_the_lexicons_heard_counts_even_when_azure_reads_it_as_denied()
    {
        // The replayed response denies vomiting; the patient's words affirm it, and a red flag is never dropped.
        var understood = await Understanding().UnderstandAsync("I threw up twice", "en");
        Assert.Contains(understood.Affirmed, m => m.FindingId == "vomiting");
    }

    [Fact]
    public async Task A_slow_service_never_holds_the_turn_beyond_its_timeout()
    {
        _fake.Mode = FakeTextAnalytics.Behaviour.NeverFinish;

        var understood = await Understanding(timeoutSeconds: 0.5).UnderstandAsync("my lower back is numb, dyspnoea", "en");

        Assert.Contains(understood.Affirmed, m => m.FindingId == "numbness");
        Assert.DoesNotContain(understood.Affirmed, m => m.FindingId == "breathing_difficulty");
        var warning = Assert.Single(_log.Lines);
        Assert.Contains("local understanding", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("numb", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_service_leaves_the_local_result()
    {
        _fake.Mode = FakeTextAnalytics.Behaviour.Fail;
        var understood = await Understanding().UnderstandAsync("pressure in my chest", "en");
        Assert.Contains(understood.Affirmed, m => m.FindingId == "chest_pressure");
        Assert.Contains("AzureLanguageException", Assert.Single(_log.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Russian_is_read_locally_without_calling_azure()
    {
        var understood = await Understanding().UnderstandAsync("немеет поясница", "ru");
        Assert.Contains(understood.Affirmed, m => m.FindingId == "numbness");
        Assert.Empty(_fake.Submitted);
    }

    [Fact]
    public void The_language_section_chooses_azure_or_the_local_lexicons()
    {
        ITextUnderstanding Chosen(string provider) => new ServiceCollection()
            .AddLogging()
            .AddTriageLanguage(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Language:Provider"] = provider,
                ["Language:Endpoint"] = _fake.Endpoint.ToString(),
            }).Build())
            .BuildServiceProvider()
            .GetRequiredService<ITextUnderstanding>();

        Assert.IsType<AzureHealthUnderstanding>(Chosen("Azure"));
        Assert.IsType<LexiconUnderstanding>(Chosen("Local"));
    }

    private AzureHealthUnderstanding Understanding(double timeoutSeconds = 5)
    {
        var options = Options.Create(new LanguageOptions
        {
            Provider = "Azure",
            Endpoint = _fake.Endpoint,
            Key = FakeTextAnalytics.Key,
            TimeoutSeconds = timeoutSeconds,
        });
        var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var local = new LexiconUnderstanding();
        return new AzureHealthUnderstanding(
            local,
            new HealthJobClient(services.GetRequiredService<IHttpClientFactory>(), options),
            new AzureHealthMapping(local),
            options,
            _log);
    }
}
