using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TriageBot.Tests.Shared;

namespace TriageBot.Web.Tests.Faults;

/// <summary>
/// The database goes away for a while: patients are told to call the emergency number rather than left
/// without an answer, and service comes back by itself when the database does.
/// </summary>
public sealed class DatabaseOutageTests
{
    [SkippableFact]
    public async Task While_postgres_is_down_patients_hear_the_emergency_number_and_afterwards_everything_works_again()
    {
        PostgresServer.Require();
        await using var postgres = await PostgresServer.StartAsync();
        using var data = new TempFolder();
        await using var host = await BotHostProcess.StartAsync(data.Path, settings: new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = await postgres.CreateDatabaseAsync(),
            ["DirectLine__Secret"] = "outage-secret",
        });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var patient = new Patient(http);
        Assert.Equal("location", Patient.LastStep(await patient.SayAsync("My back hurts")));
        var directLine = new DirectLineClient(http, "outage-secret");
        await directLine.StartAsync();

        await postgres.InterruptAsync();

        var during = await patient.SayAsync("Heavy pressure in my chest");
        Assert.Contains("call 112", during[^1]["text"]!.GetValue<string>(), StringComparison.Ordinal);
        using var posted = await directLine.SendAsync(HttpMethod.Post, $"conversations/{directLine.ConversationId}/activities", DirectLineClient.Message("Heavy pressure in my chest"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.StatusCode);
        Assert.True(posted.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("call 112", (await posted.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        using var token = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token?locale=ru-RU");
        token.Headers.Add("Origin", host.BaseAddress.GetLeftPart(UriPartial.Authority));
        using var noToken = await http.SendAsync(token);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, noToken.StatusCode);
        Assert.Contains("112", (await noToken.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        using var ready = await http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        await postgres.ResumeAsync();

        Assert.Equal("emergency", Patient.DispositionOf((await patient.SayAsync("Heavy pressure in my chest"))[^1]));
        var afterwards = await directLine.SayAsync("Heavy pressure in my chest");
        Assert.Contains(afterwards, a => a["channelData"]?["triage"]?["disposition"]?.GetValue<string>() == "emergency");
    }
}
