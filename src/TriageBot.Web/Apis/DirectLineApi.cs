using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using TriageBot.Web.DirectLine;
using TriageBot.Web.Extensions;

namespace TriageBot.Web.Apis;

/// <summary>
/// Self-hosted Direct Line 3.0 under /v3/directline, so botframework-webchat and botframework-directlinejs
/// work unchanged with <c>domain: "&lt;site&gt;/v3/directline"</c>. Polling for now; the WebSocket stream follows.
/// </summary>
public static class DirectLineApi
{
    public static IEndpointRouteBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v3/directline").RequireCors(WidgetTokenApi.CorsPolicy).RequireRateLimiting(RateLimitExtensions.DirectLinePolicy)
            .AddEndpointFilter<StorageOutageFilter>();
        api.MapPost("/tokens/generate", (HttpRequest request, DirectLineAuthorization auth, DirectLineTokens tokens) =>
            Authorized(request, auth, grant => grant.IsSecret
                ? Results.Ok(Issued(tokens, NewConversationId()))
                : DirectLineErrors.SecretRequired()));

        api.MapPost("/tokens/refresh", (HttpRequest request, DirectLineAuthorization auth, DirectLineTokens tokens) =>
            Authorized(request, auth, grant => grant.IsSecret
                ? DirectLineErrors.Error(StatusCodes.Status403Forbidden, "BadArgument", "Refresh a token, not the secret.")
                : Results.Ok(Issued(tokens, grant.ConversationId!))));

        api.MapPost("/conversations", async (HttpRequest request, DirectLineAuthorization auth, DirectLineTokens tokens, DirectLineConversations conversations) =>
        {
            var (grant, refusal) = auth.Check(request);
            if (grant is null)
                return refusal!;
            var conversationId = grant.ConversationId ?? NewConversationId();
            await conversations.StartAsync(conversationId, request.Query["locale"].FirstOrDefault(), request.HttpContext.RequestAborted);
            return Results.Created($"/v3/directline/conversations/{conversationId}", Issued(tokens, conversationId, request));
        });

        api.MapGet("/conversations/{conversationId}", async (string conversationId, HttpRequest request, DirectLineAuthorization auth, DirectLineTokens tokens, DirectLineConversations conversations) =>
            await OpenedAsync(request, auth, conversations, conversationId, () => Results.Ok(Issued(tokens, conversationId, request))));

        // The token travels in the query (t=...): browsers cannot set headers on a WebSocket.
        api.MapGet("/conversations/{conversationId}/stream", async (string conversationId, string? t, string? watermark, HttpContext context, DirectLineTokens tokens, TimeProvider clock, DirectLineConversations conversations, ActivityFeed stream) =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
                return DirectLineErrors.BadActivity("The stream is a WebSocket.");
            var grant = t is null ? null : tokens.Read(t);
            if (grant is null || grant.ConversationId != conversationId)
                return DirectLineErrors.InvalidToken();
            if (grant.IsExpired(clock.GetUtcNow()))
                return DirectLineErrors.TokenExpired();
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await stream.RunAsync(socket, conversationId, long.TryParse(watermark, out var w) ? w : 0, context.RequestAborted);
            return Results.Empty;
        });

        api.MapGet("/conversations/{conversationId}/activities", async (string conversationId, string? watermark, HttpRequest request, DirectLineAuthorization auth, DirectLineConversations conversations) =>
            await OpenedAsync(request, auth, conversations, conversationId, async () =>
            {
                var from = long.TryParse(watermark, out var w) ? w : 0;
                if (from < 0 || from > await conversations.WatermarkAsync(conversationId, request.HttpContext.RequestAborted))
                    return DirectLineErrors.BadActivity("The watermark is not one this conversation has given out.");
                var (activities, last) = await conversations.ReadAsync(conversationId, from, request.HttpContext.RequestAborted);
                return Results.Text($"{{\"activities\":[{string.Join(",", activities)}],\"watermark\":\"{last}\"}}", "application/json", Encoding.UTF8);
            }));

        api.MapPost("/conversations/{conversationId}/activities", async (string conversationId, HttpRequest request, DirectLineAuthorization auth, IOptions<DirectLineOptions> options, DirectLineConversations conversations) =>
            await OpenedAsync(request, auth, conversations, conversationId, async () =>
            {
                var limit = options.Value.MaxActivityBytes;
                if (request.ContentLength > limit)
                    return DirectLineErrors.TooBig(limit);
                using var reader = new StreamReader(request.Body, Encoding.UTF8);
                var buffer = new char[limit + 1];
                var read = await reader.ReadBlockAsync(buffer, request.HttpContext.RequestAborted);
                if (read > limit)
                    return DirectLineErrors.TooBig(limit);
                if (Parse(new string(buffer, 0, read)) is not { } activity)
                    return DirectLineErrors.BadActivity("The body is not an activity (JSON with a type).");
                var id = await conversations.PostAsync(conversationId, activity, request.HttpContext.RequestAborted);
                return Results.Ok(new { id });
            }));
        return app;
    }

    private static IResult Authorized(HttpRequest request, DirectLineAuthorization auth, Func<DirectLineGrant, IResult> then)
    {
        var (grant, refusal) = auth.Check(request);
        return grant is null ? refusal! : then(grant);
    }

    /// <summary>The caller may open this conversation, and it exists.</summary>
    private static async Task<IResult> OpenedAsync(HttpRequest request, DirectLineAuthorization auth, DirectLineConversations conversations, string conversationId, Func<Task<IResult>> then)
    {
        var (grant, refusal) = auth.Check(request);
        if (grant is null)
            return refusal!;
        if (!grant.Opens(conversationId))
            return DirectLineErrors.OtherConversation();
        if (await conversations.WatermarkAsync(conversationId, request.HttpContext.RequestAborted) == 0)
            return DirectLineErrors.UnknownConversation();
        return await then();
    }

    private static Task<IResult> OpenedAsync(HttpRequest request, DirectLineAuthorization auth, DirectLineConversations conversations, string conversationId, Func<IResult> then) =>
        OpenedAsync(request, auth, conversations, conversationId, () => Task.FromResult(then()));

    private static object Issued(DirectLineTokens tokens, string conversationId) => new
    {
        conversationId,
        token = tokens.Mint(conversationId),
        expires_in = tokens.LifetimeSeconds,
    };

    /// <summary>A conversation's grant with its WebSocket stream address.</summary>
    private static object Issued(DirectLineTokens tokens, string conversationId, HttpRequest request)
    {
        var token = tokens.Mint(conversationId);
        var scheme = request.IsHttps ? "wss" : "ws";
        return new
        {
            conversationId,
            token,
            expires_in = tokens.LifetimeSeconds,
            streamUrl = $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}",
        };
    }

    private static string NewConversationId() => Guid.NewGuid().ToString("N");

    private static Activity? Parse(string json)
    {
        try
        {
            return JsonConvert.DeserializeObject<Activity>(json) is { Type.Length: > 0 } activity ? activity : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
