using Microsoft.Bot.Builder;
using TriageBot.Dialogs;
using TriageBot.Storage;
using TriageBot.Web.Bot;
using TriageBot.Web.DirectLine;

namespace TriageBot.Web.Extensions;

public static class DirectLineExtensions
{
    /// <summary>Direct Line: tokens, conversations, and the in-process adapter with the same middleware as /api/messages.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DirectLineOptions>(configuration.GetSection(DirectLineOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuthorization>();
        services.AddSingleton(sp =>
        {
            var adapter = new InProcessAdapter();
            adapter.Use(sp.GetRequiredService<SaveStateOrRetryMiddleware>());
            adapter.OnTurnError = sp.GetRequiredService<TurnErrorHandler>().HandleAsync;
            return adapter;
        });
        services.AddSingleton<DirectLineConversations>(sp => ActivatorUtilities.CreateInstance<DirectLineConversations>(sp, sp.GetRequiredService<IBot>()));
        return services;
    }
}
