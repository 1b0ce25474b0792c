using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using TriageBot.Web.Bot;

namespace TriageBot.Web.Apis;

public static class BotApi
{
    /// <summary>The Bot Framework endpoint: Azure Bot Service (Teams, Web Chat), the Emulator, curl.</summary>
    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", async (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, BotEndpointAccess access) =>
        {
            if (!access.AllowsRequests)
            {
                response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            await adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted);
        });
        return app;
    }
}
