using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TriageBot.Web.Tests.Teams;

/// <summary>
/// Teams as Azure Bot Service delivers it, with a loopback connector in place of the Bot Connector service: the
/// bot installed in the clinic's team remembers the channel and posts a card there when a patient meets an
/// emergency; a personal install is welcomed.
/// </summary>
public sealed class TeamsEmergencyAlertsTests : IAsyncLifetime, IDisposable
{
    private const string ClinicTeam = "19:clinic-team@thread.tacv2";
    private const string General = "19:general@thread.tacv2";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private readonly string _data = Directory.CreateTempSubdirectory("triagebot-teams-").FullName;
    private BotHostProcess _host = null!;
    private LoopbackConnector _connector = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _host = await BotHostProcess.StartAsync(_data, settings: new Dictionary<string, string>
        {
            ["Teams__AlertTeamId"] = ClinicTeam,
            ["Teams__ConsoleUrl"] = "https://triage.clinic.example/operator",
        });
        _http = new HttpClient { BaseAddress = _host.BaseAddress };
    }

    public void Dispose() => _http.Dispose();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Added_to_the_clinics_team_the_bot_says_so_and_then_posts_a_card_there_for_each_emergency()
    {
        await PostAsync(BotAddedToTeam(ClinicTeam));
        var confirmation = await _connector.NextAsync(Limit);
        Assert.Equal(General, confirmation["conversation"]!["id"]!.GetValue<string>());
        Assert.Contains("post an alert here", confirmation["text"]!.GetValue<string>(), StringComparison.Ordinal);

        var patient = new Patient(_http);
        var replies = await patient.SayAsync("Quillfeather here: heavy pressure in my chest and my back is numb");
        Assert.Equal("emergency", Patient.DispositionOf(replies[^1]));

        var alert = await _connector.NextAsync(Limit);
        Assert.Equal(General, alert["conversation"]!["id"]!.GetValue<string>());
        var card = alert["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.hero", card["contentType"]!.GetValue<string>());
        Assert.StartsWith("Emergency", card["content"]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("chest_pressure", card["content"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(
            $"https://triage.clinic.example/operator/conversations/{patient.ConversationId}",
            card["content"]!["buttons"]![0]!["value"]!.GetValue<string>());
        Assert.DoesNotContain("Quillfeather", alert.ToJsonString(), StringComparison.Ordinal);

        // The patient writing on after the emergency does not alert again.
        await patient.SayAsync("It is getting worse, chest pressure");
        var next = new Patient(_http);
        await next.SayAsync("I cannot feel my legs and I wet myself");
        var second = await _connector.NextAsync(Limit);
        Assert.Contains(next.ConversationId, second["attachments"]![0]!["content"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Added_to_another_team_the_bot_stays_quiet_there_and_says_in_the_log_which_team_it_was()
    {
        await PostAsync(BotAddedToTeam("19:someone-else@thread.tacv2"));
        await _host.WaitForLineAsync(new System.Text.RegularExpressions.Regex("Added to Teams team 19:someone-else@thread.tacv2"), Limit);
        await PostAsync(PersonalInstall());
        var first = await _connector.NextAsync(Limit);
        Assert.Equal("personal-chat", first["conversation"]!["id"]!.GetValue<string>()); // nothing was posted to the other team
    }

    [Fact]
    public async Task Installed_for_one_person_the_bot_welcomes_them_and_asks_its_first_question()
    {
        await PostAsync(PersonalInstall());
        var welcome = await _connector.NextAsync(Limit);
        Assert.Contains("Hello", welcome["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var question = await _connector.NextAsync(Limit);
        Assert.Equal("complaint", question["channelData"]?["triage"]?["step"]?.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.hero", question["attachments"]![0]!["contentType"]!.GetValue<string>());
    }

    private async Task PostAsync(JsonObject activity)
    {
        using var response = await _http.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{(int)response.StatusCode}");
    }

    private JsonObject BotAddedToTeam(string teamId) => Update(new JsonObject { ["id"] = General, ["conversationType"] = "channel", ["isGroup"] = true }, new JsonObject
    {
        ["eventType"] = "teamMemberAdded",
        ["team"] = new JsonObject { ["id"] = teamId, ["name"] = "Clinic staff" },
        ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
    });

    private JsonObject PersonalInstall() => Update(new JsonObject { ["id"] = "personal-chat", ["conversationType"] = "personal" }, new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } });

    /// <summary>The bot itself added to a conversation, as Teams announces an install.</summary>
    private JsonObject Update(JsonObject conversation, JsonObject channelData) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = _connector.ServiceUrl,
        ["conversation"] = conversation,
        ["from"] = new JsonObject { ["id"] = "29:installer" },
        ["recipient"] = new JsonObject { ["id"] = "28:triagebot", ["name"] = "TriageBot" },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:triagebot" }),
        ["channelData"] = channelData,
        ["locale"] = "en-US",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
    };
}
