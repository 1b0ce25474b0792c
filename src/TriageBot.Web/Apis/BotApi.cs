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
            {
                response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

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
        }).WithMetadata(new RequestSizeLimitAttribute(MaxActivityBytes));
        return app;
    }

    /// <summary>A malformed token, a bad signature, or signing keys that could not be fetched to check it.</summary>
    private static bool IsUnverifiableToken(Exception e) =>
        e is ArgumentException or SecurityTokenException or UnauthorizedAccessException
        || (e is InvalidOperationException && e.InnerException is IOException);
}
