using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using TriageBot.Storage.Database;
using TriageBot.Storage.Transcripts;

namespace TriageBot.Web.Tests.Faults;

/// <summary>
/// The host killed (-9) while sixteen patients are talking to it: every turn it acknowledged is in the transcript,
/// with its reply, and every conversation goes on after the restart.
/// </summary>
public sealed class KillUnderLoadTests
{
    private const int Patients = 16;
    private const int AcknowledgedBeforeKill = 40;
    private static readonly string[] Answers = ["My back hurts", "Lower back", "None of these", "I get heartburn", "Fine", "Sitting all day", "start over"];

    [Fact]
    public async Task Every_acknowledged_turn_survives_a_kill_and_every_conversation_continues()
    {
        using var data = new TempFolder();
        var first = await BotHostProcess.StartAsync(data.Path, settings: new Dictionary<string, string> { ["RateLimits__BotRequestsPerWindow"] = "100000" });
        using var http = new HttpClient { BaseAddress = first.BaseAddress };
        var acknowledged = new ConcurrentBag<(string ConversationId, string ActivityId)>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var patients = Enumerable.Range(0, Patients).Select(_ => new Patient(http)).ToList();

        async Task TalkAsync(Patient patient)
        {
            for (var turn = 0; !enough.Task.IsCompleted || turn < 1; turn++)
            {
                var activity = patient.Activity("message", Answers[turn % Answers.Length], expectReplies: true);
                try
                {
                    using var response = await http.PostAsJsonAsync("/api/messages", activity);
                    if (!response.IsSuccessStatusCode || (await response.Content.ReadFromJsonAsync<JsonObject>())?["activities"]?.AsArray().Count is not > 0)
                        return;
                }
                catch (HttpRequestException)
                {
                    return; // killed mid-turn: not acknowledged, so nothing is promised
                }

                acknowledged.Add((patient.ConversationId, activity["id"]!.GetValue<string>()));
                if (acknowledged.Count >= AcknowledgedBeforeKill)
                    enough.TrySetResult();
            }
        }

        var talking = patients.Select(TalkAsync).ToList();
        await enough.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await first.KillAsync();
        await Task.WhenAll(talking);
        await first.DisposeAsync();

        var transcripts = Transcripts(data.Path);
        foreach (var (conversationId, activityId) in acknowledged)
        {
            var transcript = await transcripts.ReadAllAsync(conversationId);
            Assert.Contains(transcript, a => a.Id == activityId);
            Assert.Contains(transcript, a => a.ReplyToId == activityId && a.From?.Role == "bot");
        }

        await using var second = await BotHostProcess.StartAsync(data.Path);
        using var again = new HttpClient { BaseAddress = second.BaseAddress };
        foreach (var patient in patients)
        {
            patient.Http = again;
            Assert.Equal("emergency", Patient.DispositionOf((await patient.SayAsync("now a heavy pressure in my chest"))[^1]));
        }
    }

    /// <summary>The transcripts as the host stores them, read with its keys from its data folder.</summary>
    private static TranscriptStore Transcripts(string dataFolder)
    {
        var protection = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(dataFolder, "keys")), b => b.SetApplicationName("TriageBot"));
        return new TranscriptStore(new SqliteDatabase($"Data Source={Path.Combine(dataFolder, "triagebot.db")}", protection.CreateProtector("TriageBot.Storage.v1")));
    }
}
