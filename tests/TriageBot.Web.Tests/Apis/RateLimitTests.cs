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
}
