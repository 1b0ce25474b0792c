using Microsoft.Bot.Builder;
using TriageBot.Dialogs;
using TriageBot.Storage;
using TriageBot.Storage.Database;
using TriageBot.Storage.Transcripts;
using TriageBot.Web.Telemetry;
using TriageBot.Web.Apis;
using TriageBot.Web.Bot;
using TriageBot.Web.DirectLine;

namespace TriageBot.Web.Extensions;

public static class DirectLineExtensions
{
    /// <summary>Direct Line: tokens, conversations, and the in-process adapter with the same middleware as /api/messages.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DirectLineOptions.Section);
        services.Configure<DirectLineOptions>(section);
        var origins = (section.Get<DirectLineOptions>() ?? new DirectLineOptions()).AllowedOrigins.ToArray();
        // A clinic's own site calls these from another origin; only the configured ones may.
        services.AddCors(cors => cors.AddPolicy(WidgetTokenApi.CorsPolicy, policy => policy.WithOrigins(origins).AllowAnyHeader().WithMethods("GET", "POST")));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuthorization>();
        services.AddSingleton<ConversationSignals>();
        if (StorageOptions.IsPostgres(configuration))
        {
            services.AddSingleton(sp => (PostgresDatabase)sp.GetRequiredService<StorageDatabase>());
            services.AddHostedService<PostgresBackplane>();
        }

        services.AddSingleton<ActivityFeed>();
        services.AddSingleton(sp =>
        {
            var adapter = new InProcessAdapter();
            adapter.Use(sp.GetRequiredService<TurnTelemetryMiddleware>());
            adapter.Use(sp.GetRequiredService<TranscriptCommitMiddleware>());
            adapter.Use(sp.GetRequiredService<TranscriptLoggerMiddleware>());
            adapter.Use(new ShowTypingMiddleware(TypingIndicator.Delay, TypingIndicator.Period));
            adapter.Use(sp.GetRequiredService<SaveStateOrRetryMiddleware>());
            adapter.OnTurnError = sp.GetRequiredService<TurnErrorHandler>().HandleAsync;
            return adapter;
        });
        services.AddSingleton<DirectLineConversations>(sp => ActivatorUtilities.CreateInstance<DirectLineConversations>(sp, sp.GetRequiredService<IBot>()));
        return services;
    }
}
