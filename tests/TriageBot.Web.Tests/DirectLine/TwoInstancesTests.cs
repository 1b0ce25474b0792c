using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using TriageBot.Tests.Shared;

namespace TriageBot.Web.Tests.DirectLine;

/// <summary>
/// Two TriageBot instances on loopback share one PostgreSQL (and one data folder for the keys), as behind a
/// load balancer: any instance serves any turn, a stream on one hears the other's replies, racing turns lose
/// nothing.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const string Secret = "two-instances-secret";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private readonly string _data = Directory.CreateTempSubdirectory("triagebot-two-").FullName;
    private PostgresServer? _postgres;
    private BotHostProcess? _a;
    private BotHostProcess? _b;

    public async Task InitializeAsync()
    {
        if (!PostgresServer.Installed)
            return;
        _postgres = await PostgresServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = await _postgres.CreateDatabaseAsync(),
            ["DirectLine__Secret"] = Secret,
            // Idle streams look at the log only every ten minutes: a reply from the other instance can reach a
            // stream within the test's limit only through the backplane.
            ["DirectLine__StreamKeepAliveSeconds"] = "600",
        };
        _a = await BotHostProcess.StartAsync(_data, settings: settings);
        _b = await BotHostProcess.StartAsync(_data, settings: settings);
    }

    public async Task DisposeAsync()
    {
        if (_a is not null)
            await _a.DisposeAsync();
        if (_b is not null)
            await _b.DisposeAsync();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [SkippableFact]
    public async Task A_conversation_whose_turns_alternate_between_the_instances_ends_right()
    {
        PostgresServer.Require();
        using var toA = new HttpClient { BaseAddress = _a!.BaseAddress };
        using var toB = new HttpClient { BaseAddress = _b!.BaseAddress };
        var patient = new Patient(toA);
        string[] answers = ["My back hurts", "Lower back", "None of these", "None of these", "Mattress too hard or soft", "Sitting for long hours"];
        IReadOnlyList<JsonObject> replies = [];
        for (var i = 0; i < answers.Length; i++)
        {
            patient.Http = i % 2 == 0 ? toA : toB;
            replies = await patient.SayAsync(answers[i]);
        }

        Assert.Equal("self_care", Patient.DispositionOf(replies[^1]));
    }

    [SkippableFact]
    public async Task A_stream_open_on_one_instance_hears_the_replies_of_a_turn_taken_on_the_other()
    {
        PostgresServer.Require();
        using var toA = new HttpClient { BaseAddress = _a!.BaseAddress };
        using var toB = new HttpClient { BaseAddress = _b!.BaseAddress };
        var onA = new DirectLineClient(toA, Secret);
        using var start = await onA.SendAsync(HttpMethod.Post, "conversations");
        var started = (await start.Content.ReadFromJsonAsync<JsonObject>())!;
        var conversationId = started["conversationId"]!.GetValue<string>();
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Limit);
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), timeout.Token);
        Assert.Contains(_a.BaseAddress.Authority, started["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        await DirectLineClient.NextSetAsync(socket, timeout.Token); // the greeting

        var onB = new DirectLineClient(toB, started["token"]!.GetValue<string>()).Resume(conversationId);
        using var posted = await onB.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities",
            DirectLineClient.Message("Heavy pressure in my chest", clientActivityId: "via-b"));
        posted.EnsureSuccessStatusCode();

        var heard = await DirectLineClient.NextSetAsync(socket, timeout.Token);
        Assert.Equal("via-b", heard[0]["channelData"]!["clientActivityID"]!.GetValue<string>());
        if (heard.Count == 1)
            heard = await DirectLineClient.NextSetAsync(socket, timeout.Token);
        Assert.Equal("emergency", heard[^1]["channelData"]?["triage"]?["disposition"]?.GetValue<string>());
    }

    [SkippableFact]
    public async Task Two_turns_racing_on_the_two_instances_are_both_kept_and_both_answered()
    {
        PostgresServer.Require();
        using var toA = new HttpClient { BaseAddress = _a!.BaseAddress };
        using var toB = new HttpClient { BaseAddress = _b!.BaseAddress };
        var onA = new DirectLineClient(toA, Secret);
        await onA.StartAsync();
        var onB = new DirectLineClient(toB, onA.Token).Resume(onA.ConversationId);

        await Task.WhenAll(
            onA.SendAsync(HttpMethod.Post, $"conversations/{onA.ConversationId}/activities", DirectLineClient.Message("My lower back hurts", clientActivityId: "race-a")),
            onB.SendAsync(HttpMethod.Post, $"conversations/{onA.ConversationId}/activities", DirectLineClient.Message("and I have heartburn", clientActivityId: "race-b")));

        var all = await new DirectLineClient(toB, onA.Token).Resume(onA.ConversationId).ReadAsync(0);
        var echoed = all.Select(a => a["channelData"]?["clientActivityID"]?.GetValue<string>()).Where(id => id is not null).ToList();
        Assert.Contains("race-a", echoed);
        Assert.Contains("race-b", echoed);
        Assert.Equal(all.Count, all.Select(a => a["id"]!.GetValue<string>()).Distinct().Count());
        // Both answers are in the triage record: one more answer shows both findings in the outcome.
        var outcome = await onA.SayAsync("Chest pressure");
        var findings = outcome[^1]["channelData"]!["triage"]!["findings"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
        Assert.Contains("pain", findings);
        Assert.Contains("digestive_signs", findings);
    }

    [SkippableFact]
    public async Task The_setup_link_one_instance_printed_creates_the_first_administrator_on_the_other()
    {
        PostgresServer.Require();
        var link = await _a!.WaitForLineAsync(new System.Text.RegularExpressions.Regex(@"Open \S+(/operator/setup\?token=\S+) to create one"), Limit);
        using var onB = new Operators.ConsoleClient(_b!.BaseAddress);
        using var created = await onB.SubmitAsync(link.Groups[1].Value, new Dictionary<string, string> { ["userName"] = "ada", ["password"] = "a password of some length" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);
        using var onA = await Operators.ConsoleClient.SignedInAsync(_a.BaseAddress, "ada", "a password of some length");
        var (status, _) = await onA.PageAsync("/operator/admin/accounts");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
    }
}
