using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TriageBot.Web.Tests.Apis;

/// <summary>The Direct Line streamUrl: activity sets pushed over a WebSocket as they happen.</summary>
public sealed class DirectLineStreamTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_conversation_over_the_websocket_hears_the_greeting_the_echo_and_the_outcome()
    {
        using var http = new HttpClient { BaseAddress = fixture.Http.BaseAddress };
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        tokenRequest.Headers.Add("Origin", fixture.Http.BaseAddress!.GetLeftPart(UriPartial.Authority));
        using var tokenResponse = await http.SendAsync(tokenRequest);
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        var patient = new DirectLineClient(http, token);
        using var start = await patient.SendAsync(HttpMethod.Post, "conversations");
        var started = (await start.Content.ReadFromJsonAsync<JsonObject>())!;
        var conversationId = started["conversationId"]!.GetValue<string>();
        patient.Resume(conversationId);

        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Limit);
        await socket.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), timeout.Token);

        var greeting = await DirectLineClient.NextSetAsync(socket, timeout.Token);
        Assert.Equal("complaint", Step(greeting[^1]));

        using var posted = await patient.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities",
            DirectLineClient.Message("My upper back is numb and there's a heavy pressure in my chest", clientActivityId: "ws-1"));
        var answer = await DirectLineClient.NextSetAsync(socket, timeout.Token);

        Assert.Equal("ws-1", answer[0]["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("emergency", answer[^1]["channelData"]!["triage"]!["disposition"]!.GetValue<string>());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    [Fact]
    public async Task A_stream_without_a_valid_token_is_refused()
    {
        using var socket = new ClientWebSocket();
        var url = new Uri($"ws://{fixture.Http.BaseAddress!.Authority}/v3/directline/conversations/x/stream?t=forged.token");
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url, CancellationToken.None));
    }

    private static string? Step(JsonObject activity) => activity["channelData"]?["triage"]?["step"]?.GetValue<string>();
}
