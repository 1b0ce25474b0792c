using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace TriageBot.Web.Tests.Apis;

/// <summary>Self-hosted Direct Line 3.0 on a real host on loopback, polled as Web Chat polls.</summary>
public sealed class DirectLineApiTests : IAsyncLifetime
{
    private const string Secret = "test-site-secret";
    private static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(32);
    private readonly string _data = Directory.CreateTempSubdirectory("triagebot-dl-").FullName;
    private BotHostProcess _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task A_whole_conversation_over_polling_starts_with_the_first_question_and_ends_with_the_outcome()
    {
        using var http = Client();
        var patient = new DirectLineClient(http, Secret);
        var opening = await patient.StartAsync();
        Assert.Equal("complaint", Step(opening[^1]));

        Assert.Equal("symptoms", Step(DirectLineClient.FromBot(await patient.SayAsync("Numbness between my shoulder blades")).Last()));
        Assert.Equal("context", Step(DirectLineClient.FromBot(await patient.SayAsync("no")).Last()));
        Assert.Equal("sleep", Step(DirectLineClient.FromBot(await patient.SayAsync("I get heartburn a lot")).Last()));
        Assert.Equal("posture", Step(DirectLineClient.FromBot(await patient.SayAsync("fine")).Last()));
        var outcome = DirectLineClient.FromBot(await patient.SayAsync("nothing special")).Last();

        Assert.Equal("consult", outcome["channelData"]!["triage"]!["disposition"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_half_said_red_flag_gets_a_closed_question_that_names_its_finding_and_a_yes_is_the_emergency()
    {
        using var http = Client();
        var patient = new DirectLineClient(http, Secret);
        await patient.StartAsync();

        var question = DirectLineClient.FromBot(await patient.SayAsync("my upper back is numb and my chest feels kind of funny")).Last();
        Assert.Equal("clarify", Step(question));
        Assert.Equal("chest_pressure", question["channelData"]!["triage"]!["finding"]!.GetValue<string>());
        Assert.Equal("2", question["channelData"]!["triage"]!["protocol"]!.GetValue<string>());
        Assert.Equal(["Yes", "No"], question["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));

        var outcome = DirectLineClient.FromBot(await patient.SayAsync("Yes")).Last();
        Assert.Equal("emergency", outcome["channelData"]!["triage"]!["disposition"]!.GetValue<string>());
        Assert.Contains("chest_pressure", outcome["channelData"]!["triage"]!["findings"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task Every_patient_activity_is_echoed_with_its_id_and_the_clients_activity_id()
    {
        using var http = Client();
        var patient = new DirectLineClient(http, Secret);
        await patient.StartAsync();

        using var posted = await patient.SendAsync(HttpMethod.Post, $"conversations/{patient.ConversationId}/activities", DirectLineClient.Message("My back hurts", clientActivityId: "web-42"));
        var id = (await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var echo = (await patient.ReadAsync())[0];

        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.Equal("web-42", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("My back hurts", echo["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_for_one_conversation_can_neither_read_nor_post_to_another()
    {
        using var http = Client();
        var first = new DirectLineClient(http, Secret);
        await first.StartAsync();
        var second = new DirectLineClient(http, Secret);
        await second.StartAsync();

        using var read = await first.SendAsync(HttpMethod.Get, $"conversations/{second.ConversationId}/activities");
        using var post = await first.SendAsync(HttpMethod.Post, $"conversations/{second.ConversationId}/activities", DirectLineClient.Message("hello"));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.DoesNotContain(await second.ReadAsync(0), a => a["text"]?.ToString() == "hello");
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_token_expired()
    {
        using var http = Client();
        var patient = new DirectLineClient(http, Secret);
        await patient.StartAsync();
        var expired = Token(patient.ConversationId, DateTimeOffset.UtcNow.AddMinutes(-1));

        using var read = await patient.SendAsync(HttpMethod.Get, $"conversations/{patient.ConversationId}/activities", bearer: expired);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("TokenExpired", (await read.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_is_refreshed_for_the_same_conversation_and_only_the_secret_mints_new_ones()
    {
        using var http = Client();
        var patient = new DirectLineClient(http, Secret);
        await patient.StartAsync();

        using var refreshed = await patient.SendAsync(HttpMethod.Post, "tokens/refresh");
        using var minted = await patient.SendAsync(HttpMethod.Post, "tokens/generate");
        using var bySecret = await patient.SendAsync(HttpMethod.Post, "tokens/generate", bearer: Secret);

        Assert.Equal(patient.ConversationId, (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, minted.StatusCode);
        var fresh = (await bySecret.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotEqual(patient.ConversationId, fresh["conversationId"]!.GetValue<string>());
        Assert.True(fresh["expires_in"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Bad_requests_get_the_documented_errors_and_lose_nothing()
    {
        using var http = Client();
        var patient = new DirectLineClient(http, Secret);
        await patient.StartAsync();
        var path = $"conversations/{patient.ConversationId}/activities";

        using var anonymous = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/{path}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(anonymous)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.SendAsync(HttpMethod.Get, path, bearer: "forged.token")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await patient.SendAsync(HttpMethod.Get, "conversations/nonexistent/activities", bearer: Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await patient.SendAsync(HttpMethod.Get, $"{path}?watermark=999")).StatusCode);

        using var malformed = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/{path}") { Content = new StringContent("{not json", Encoding.UTF8, "application/json") };
        malformed.Headers.Authorization = new("Bearer", patient.Token);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(malformed)).StatusCode);
        var huge = DirectLineClient.Message(new string('a', 70_000));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await patient.SendAsync(HttpMethod.Post, path, huge)).StatusCode);

        Assert.Equal("location", Step(DirectLineClient.FromBot(await patient.SayAsync("Pain")).Last()));
    }

    [Fact]
    public async Task Forget_me_deletes_what_the_conversation_said_and_it_goes_on_from_a_clean_start()
    {
        using var http = Client();
        var patient = new DirectLineClient(http, Secret);
        await patient.StartAsync();
        await patient.SayAsync("My lower back is numb and I am pregnant");

        var confirmation = DirectLineClient.FromBot(await patient.SayAsync("forget me")).Last();
        var kept = await patient.ReadAsync(0);

        Assert.Contains("deleted", confirmation["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(kept, a => a["text"]?.ToString().Contains("pregnant", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(kept, a => a["text"]?.ToString().Contains("What do you feel", StringComparison.Ordinal) == true);
        Assert.Equal("location", Step(DirectLineClient.FromBot(await patient.SayAsync("Pain")).Last()));
    }

    [Fact]
    public async Task After_the_host_restarts_the_conversation_has_its_history_and_continues()
    {
        using var http = Client();
        var patient = new DirectLineClient(http, Secret);
        await patient.StartAsync();
        await patient.SayAsync("Numbness between my shoulder blades");

        await _host.KillAsync();
        _host = await StartAsync();
        using var again = Client();
        var reconnected = new DirectLineClient(again, patient.Token).Resume(patient.ConversationId);

        var history = await reconnected.ReadAsync(0);
        Assert.Contains(history, a => a["text"]?.GetValue<string>() == "Numbness between my shoulder blades");
        Assert.Equal("context", Step(DirectLineClient.FromBot(await reconnected.SayAsync("no")).Last()));
    }

    private HttpClient Client() => new() { BaseAddress = _host.BaseAddress };

    private static string? Step(JsonObject activity) => activity["channelData"]?["triage"]?["step"]?.GetValue<string>();

    private static string Token(string conversationId, DateTimeOffset expires)
    {
        var payload = Encoding.UTF8.GetBytes($"{{\"C\":\"{conversationId}\",\"E\":{expires.ToUnixTimeSeconds()}}}");
        static string Url(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{Url(payload)}.{Url(HMACSHA256.HashData(SigningKey, payload))}";
    }

    private Task<BotHostProcess> StartAsync() => BotHostProcess.StartAsync(_data, settings: new Dictionary<string, string>
    {
        ["DirectLine__Secret"] = Secret,
        ["DirectLine__TokenSigningKey"] = Convert.ToBase64String(SigningKey),
    });
}
