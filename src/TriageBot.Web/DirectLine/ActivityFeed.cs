using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;
using TriageBot.Web.Telemetry;

namespace TriageBot.Web.DirectLine;

/// <summary>
/// The Direct Line streamUrl: every activity set after the client's watermark as a text frame, as soon as it is
/// in the conversation, and an empty frame as a keep-alive while nothing happens.
/// </summary>
public sealed class ActivityFeed(DirectLineConversations conversations, ConversationSignals signals, IOptions<DirectLineOptions> options, TriageTelemetry telemetry, ILogger<ActivityFeed> logger)
{
    private readonly TimeSpan _keepAlive = TimeSpan.FromSeconds(options.Value.StreamKeepAliveSeconds);

    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var closed = WatchForCloseAsync(socket, cancellationToken);
        telemetry.DirectLineStreams.Add(1);
        try
        {
            while (socket.State == WebSocketState.Open && !closed.IsCompleted)
            {
                var next = signals.NextAsync(conversationId);
                var (activities, last) = await conversations.ReadAsync(conversationId, watermark, cancellationToken);
                if (activities.Count > 0)
                {
                    watermark = last;
                    await SendAsync(socket, $"{{\"activities\":[{string.Join(",", activities)}],\"watermark\":\"{last}\"}}", cancellationToken);
                    continue;
                }

                if (await Task.WhenAny(next, closed, Task.Delay(_keepAlive, cancellationToken)) is var woke && woke != next && woke != closed)
                    await SendAsync(socket, "", cancellationToken);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            logger.LogDebug("A Direct Line stream ended: {Reason}", e.GetType().Name);
        }
        finally
        {
            telemetry.DirectLineStreams.Add(-1);
        }
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>The stream only sends; what the client sends is read to notice its close.</summary>
    private static async Task WatchForCloseAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        while (socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                return;
            }
        }
    }
}
