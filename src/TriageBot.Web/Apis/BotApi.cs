using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;
using TriageBot.Web.Bot;

namespace TriageBot.Web.Apis;

public static class BotApi
{
    /// <summary>The largest activity /api/messages reads; Teams sends attachments as links, not content.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>The Bot Framework endpoint: Azure Bot Service (Teams, Web Chat), the Emulator, curl.</summary>
    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", async (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, BotEndpointAccess access, ILogger<BotEndpointAccess> logger) =>
        {
            if (!access.AllowsRequests)
                return Results.Unauthorized();
            if (await ShapeProblemAsync(request) is { } problem)
                return Results.BadRequest(new { error = new { code = "BadArgument", message = problem } });
            try
            {
                await adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted);
            }
            catch (Exception e) when (!response.HasStarted && IsUnverifiableToken(e))
            {
                // The bot's own errors never get here (the adapter's error handler takes them): this is a token
                // Bot Framework could not read or check, which is a refusal, not a server error.
                logger.LogWarning("Refused a call to /api/messages: its Bot Framework token could not be verified ({Reason}).", e.GetType().Name);
                response.StatusCode = StatusCodes.Status401Unauthorized;
            }

            return Results.Empty;
        }).WithMetadata(new RequestSizeLimitAttribute(MaxActivityBytes));
        return app;
    }

    /// <summary>Reads the body once (it is small: the size limit holds) and rewinds it for the adapter.</summary>
    private static async Task<string?> ShapeProblemAsync(HttpRequest request)
    {
        request.EnableBuffering();
        try
        {
            using var activity = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return ActivityShape.Problem(activity.RootElement);
        }
        catch (JsonException)
        {
            return "The body is not JSON.";
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    /// <summary>A malformed token, a bad signature, or signing keys that could not be fetched to check it.</summary>
    private static bool IsUnverifiableToken(Exception e) =>
        e is ArgumentException or SecurityTokenException or UnauthorizedAccessException
        || (e is InvalidOperationException && e.InnerException is IOException);
}
