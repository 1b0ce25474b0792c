using Microsoft.Extensions.Options;
using TriageBot.Dialogs;
using TriageBot.Web.DirectLine;

namespace TriageBot.Web.Apis;

public static class WidgetTokenApi
{
    public const string CorsPolicy = "widget";

    /// <summary>
    /// A Direct Line token for the widget, answered like tokens/generate: the site secret never reaches a
    /// browser. Only pages of the allowed origins (and of this host itself) get one.
    /// </summary>
    public static IEndpointRouteBuilder MapWidgetTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/directline/token", async (HttpRequest request, string? locale, IOptions<DirectLineOptions> options, IOptions<ClinicOptions> clinic, DirectLineTokens tokens, DirectLineConversations conversations) =>
        {
            var origin = request.Headers.Origin.ToString();
            if (!IsAllowed(origin, request, options.Value))
                return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "BadArgument", "This site may not open the chat.");
            var conversationId = Guid.NewGuid().ToString("N");
            // Started here, so the greeting is in the page's language; the client then reconnects to it.
            await conversations.StartAsync(conversationId, locale, request.HttpContext.RequestAborted);
            // Beyond tokens/generate's fields: the number the widget names if the chat later cannot reach the bot.
            return Results.Ok(new { conversationId, token = tokens.Mint(conversationId), expires_in = tokens.LifetimeSeconds, emergencyNumber = clinic.Value.EmergencyNumber });
        }).RequireCors(CorsPolicy).RequireRateLimiting(Extensions.RateLimitExtensions.DirectLinePolicy).AddEndpointFilter<StorageOutageFilter>();
        return app;
    }

    private static bool IsAllowed(string origin, HttpRequest request, DirectLineOptions options) =>
        origin.Length > 0
        && (string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            || options.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase));
}
