using System.Net;

namespace TriageBot.Web.Tests.Bot;

/// <summary>Anonymous calls are for local work only.</summary>
public sealed class BotEndpointAccessTests
{
    [Fact]
    public async Task Outside_development_without_an_app_id_the_endpoint_answers_401_and_the_log_says_why()
    {
        using var data = new TempFolder();
        await using var host = await BotHostProcess.StartAsync(data.Path, environment: "Production");
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await new Patient(http).PostAsync(new Patient(http).Activity("message", "My back hurts", expectReplies: true));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("no MicrosoftAppId is configured", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_app_id_a_call_without_a_token_is_refused()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string> { ["MicrosoftAppId"] = Guid.NewGuid().ToString(), ["MicrosoftAppPassword"] = "not-used" };
        await using var host = await BotHostProcess.StartAsync(data.Path, environment: "Production", settings: settings);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await new Patient(http).PostAsync(new Patient(http).Activity("message", "My back hurts", expectReplies: true));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
