using System.Net.Http.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using TriageBot.Cli;

namespace TriageBot.Benchmarks.Load;

/// <summary>A patient on /api/messages as Azure Bot Service delivers it, with deliveryMode expectReplies.</summary>
internal sealed class MessagesChannel(HttpClient http, string locale) : IPatientChannel
{
    private readonly string _conversationId = $"load-{Guid.NewGuid():N}";

    public Task<IReadOnlyList<Activity>> OpenAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Activity>>([]);

    public async Task<IReadOnlyList<Activity>> SayAsync(string text, CancellationToken cancellationToken = default)
    {
        var activity = new
        {
            type = "message",
            id = Guid.NewGuid().ToString("N"),
            channelId = "emulator",
            serviceUrl = "http://127.0.0.1:9",
            conversation = new { id = _conversationId },
            from = new { id = $"patient-{_conversationId}" },
            recipient = new { id = "bot" },
            locale,
            text,
            deliveryMode = "expectReplies",
        };
        using var response = await http.PostAsJsonAsync("/api/messages", activity, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return [.. JsonConvert.DeserializeObject<ExpectedReplies>(body)?.Activities ?? []];
    }
}
