using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TriageBot.Web.Tests;

/// <summary>
/// Stands in for a channel's Bot Connector service on loopback: the bot posts its replies to
/// <c>{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c> and this records them.
/// </summary>
internal sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private LoopbackConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public static async Task<LoopbackConnector> StartAsync()
    {
        LoopbackConnector? connector = null;
        var (app, address) = await LoopbackApp.StartAsync(app =>
        {
            connector = new LoopbackConnector(app);
            app.MapPost("/v3/conversations/{conversationId}/activities/{**replyToId}", connector.ReceiveAsync);
            app.MapPost("/v3/conversations/{conversationId}/activities", connector.ReceiveAsync);
        });
        connector!.ServiceUrl = address.ToString().TrimEnd('/');
        return connector;
    }

    /// <summary>The next activity the bot sent, waiting at most <paramref name="limit"/> for it.</summary>
    public async Task<JsonObject> NextAsync(TimeSpan limit)
    {
        if (!await _arrived.WaitAsync(limit))
            throw new TimeoutException($"The bot sent nothing to the connector within {limit}.");
        _received.TryDequeue(out var activity);
        return activity!;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var activity = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        _received.Enqueue(activity);
        _arrived.Release();
        return Results.Ok(new { id = Guid.NewGuid().ToString("N") });
    }
}
