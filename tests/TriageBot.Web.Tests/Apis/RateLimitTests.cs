using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TriageBot.Web.Tests.Apis;

/// <summary>One client cannot flood Direct Line; the others are not affected.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Too_many_requests_from_one_token_get_429_with_retry_after_and_other_tokens_go_on()
    {
        using var data = new TempFolder();
        // A window of an hour: the count cannot reset while the test runs.
        await using var host = await BotHostProcess.StartAsync(data.Path, settings: new Dictionary<string, string>
        {
            ["DirectLine__Secret"] = "rate-secret",
            ["DirectLine__RequestsPerWindow"] = "5",
            ["DirectLine__RateWindowSeconds"] = "3600",
        });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var greedy = new DirectLineClient(http, "rate-secret");
        await greedy.StartAsync(); // one request with the secret, then one with the conversation's token
        var path = $"conversations/{greedy.ConversationId}/activities";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await greedy.SendAsync(HttpMethod.Get, path);
            statuses.Add(response.StatusCode);
        }

        using var refused = await greedy.SendAsync(HttpMethod.Get, path);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("TooManyRequests", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!.GetValue<string>());

        var other = new DirectLineClient(http, "rate-secret");
        Assert.NotEmpty(await other.StartAsync());
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_limited_beyond_any_single_accounts_lockout()
    {
        using var data = new TempFolder();
        await using var host = await BotHostProcess.StartAsync(data.Path, settings: new Dictionary<string, string>
        {
            ["RateLimits__SignInAttemptsPerWindow"] = "3",
            ["RateLimits__WindowSeconds"] = "3600",
        });
        using var guesser = new Operators.ConsoleClient(host.BaseAddress);
        var statuses = new List<HttpStatusCode>();
        foreach (var name in new[] { "anna", "boris", "clara", "dmitri" })
        {
            using var attempt = await guesser.SignInAsync(name, "password123456");
            statuses.Add(attempt.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        using var page = await guesser.GetAsync("/operator/signin"); // reading the page is not an attempt
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var health = await guesser.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Pages_and_api_messages_are_limited_per_address_with_retry_after()
    {
        using var data = new TempFolder();
        await using var host = await BotHostProcess.StartAsync(data.Path, settings: new Dictionary<string, string>
        {
            ["RateLimits__PageRequestsPerWindow"] = "4",
            ["RateLimits__BotRequestsPerWindow"] = "2",
            ["RateLimits__WindowSeconds"] = "3600",
        });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await http.GetAsync("/widget/embed.js");
            pages.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, pages[^1]);
        Assert.Equal(4, pages.Count(s => s == HttpStatusCode.OK));
        var patient = new Patient(http);
        await patient.SayAsync("hello");
        await patient.SayAsync("my back hurts");
        using var third = await patient.PostAsync(patient.Activity("message", "lower back", expectReplies: true));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}
