using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TriageBot.Web.Tests;

/// <summary>A Direct Line 3.0 client as botframework-webchat polls: start, post, read after a watermark.</summary>
internal sealed class DirectLineClient(HttpClient http, string credential)
{
    private long _watermark;

    public string ConversationId { get; private set; } = "";

    public string Token { get; private set; } = credential;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject? body = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, $"/v3/directline/{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? Token);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return await http.SendAsync(request);
    }

    /// <summary>Carries on a conversation started earlier, as a reloaded page does.</summary>
    public DirectLineClient Resume(string conversationId)
    {
        ConversationId = conversationId;
        return this;
    }

    /// <summary>Starts the conversation and returns what the bot said first.</summary>
    public async Task<IReadOnlyList<JsonObject>> StartAsync()
    {
        using var started = await SendAsync(HttpMethod.Post, "conversations");
        started.EnsureSuccessStatusCode();
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        ConversationId = body["conversationId"]!.GetValue<string>();
        Token = body["token"]!.GetValue<string>();
        return await ReadAsync();
    }

    public async Task<IReadOnlyList<JsonObject>> SayAsync(string text, string locale = "en-US")
    {
        using var posted = await SendAsync(HttpMethod.Post, $"conversations/{ConversationId}/activities", Message(text, locale));
        posted.EnsureSuccessStatusCode();
        return await ReadAsync();
    }

    public async Task<IReadOnlyList<JsonObject>> ReadAsync(long? from = null)
    {
        using var read = await SendAsync(HttpMethod.Get, $"conversations/{ConversationId}/activities?watermark={from ?? _watermark}");
        read.EnsureSuccessStatusCode();
        var body = (await read.Content.ReadFromJsonAsync<JsonObject>())!;
        _watermark = long.Parse(body["watermark"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        return [.. body["activities"]!.AsArray().Select(a => a!.AsObject())];
    }

    public static JsonObject Message(string text, string locale = "en-US", string? clientActivityId = null) => new()
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = "patient" },
        ["text"] = text,
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
    };

    public static IEnumerable<JsonObject> FromBot(IEnumerable<JsonObject> activities) =>
        activities.Where(a => a["from"]?["id"]?.GetValue<string>() == "triagebot");

    /// <summary>The next non-empty frame: empty ones are keep-alives.</summary>
    public static async Task<IReadOnlyList<JsonObject>> NextSetAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, cancellationToken);
                frame.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            var text = Encoding.UTF8.GetString(frame.ToArray());
            if (text.Length > 0)
                return [.. JsonNode.Parse(text)!["activities"]!.AsArray().Select(a => a!.AsObject())];
        }
    }
}
