using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TriageBot.Web.Tests;

/// <summary>A patient talking to /api/messages as a Bot Framework channel would, one conversation.</summary>
internal sealed class Patient(HttpClient http, string locale = "en-US", string? serviceUrl = null)
{
    public string ConversationId { get; } = $"conv-{Guid.NewGuid():N}";

    public HttpClient Http { get; set; } = http;

    /// <summary>Sends a message with <c>deliveryMode: expectReplies</c> and returns the bot's replies.</summary>
    public async Task<IReadOnlyList<JsonObject>> SayAsync(string text)
    {
        using var response = await PostAsync(Activity("message", text, expectReplies: true));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return [.. body!["activities"]!.AsArray().Select(a => a!.AsObject())];
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        await Http.PostAsJsonAsync("/api/messages", activity);

    public JsonObject Activity(string type, string? text = null, bool expectReplies = false)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "emulator",
            ["serviceUrl"] = serviceUrl ?? "http://127.0.0.1:9",
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["from"] = new JsonObject { ["id"] = $"patient-{ConversationId}", ["name"] = "Patient" },
            ["recipient"] = new JsonObject { ["id"] = "triagebot", ["name"] = "TriageBot" },
            ["locale"] = locale,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        };
        if (text is not null)
            activity["text"] = text;
        if (expectReplies)
            activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    public static string? StepOf(JsonObject activity) => activity["channelData"]?["triage"]?["step"]?.GetValue<string>();

    public static string? DispositionOf(JsonObject activity) => activity["channelData"]?["triage"]?["disposition"]?.GetValue<string>();

    public static string? LastStep(IReadOnlyList<JsonObject> replies) => replies.Select(StepOf).LastOrDefault(s => s is not null);
}
