using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using TriageBot.Dialogs;
using TriageBot.Language;
using TriageBot.Storage;
using TriageBot.Web.Apis;
using TriageBot.Web.Bot;
using TriageBot.Web.Bot.Clients;
using TriageBot.Web.DirectLine;
using TriageBot.Web.Health;
using TriageBot.Web.Records;
using TriageBot.Web.Teams;

namespace TriageBot.Web.Extensions;

/// <summary>The composition of the host: everything Program.cs wires, in one place.</summary>
public static class HostingExtensions
{
    public const long MaxRequestBytes = 1024 * 1024;

    public static WebApplicationBuilder AddTriageBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // No request needs more: a Direct Line activity is limited to 64 KB, a Bot Framework one to 256 KB.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        services.Configure<ClinicOptions>(builder.Configuration.GetSection(ClinicOptions.Section));
        services.AddTriageStorage(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddTriageLanguage(builder.Configuration);
        services.AddTriageDialogs();

        services.AddHttpClient();
        services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<BotClientCache>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new SharedClientsAuthentication(
            sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>(), sp.GetRequiredService<BotClientCache>()));
        services.AddSingleton<BotEndpointAccess>();
        // CloudAdapter's constructors are ambiguous to DI: build it with a factory.
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ClinicAdapter>(sp));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ClinicAdapter>());
        services.Configure<TeamsOptions>(builder.Configuration.GetSection(TeamsOptions.Section));
        services.AddSingleton<TeamsEmergencyAlerts>();
        services.AddSingleton<IEmergencyAlerts>(sp => sp.GetRequiredService<TeamsEmergencyAlerts>());
        services.AddHostedService(sp => sp.GetRequiredService<TeamsEmergencyAlerts>());

        services.AddSingleton<TurnErrorHandler>();
        services.AddDirectLine(builder.Configuration);
        services.AddClientRateLimits(builder.Configuration);
        services.AddSingleton<IConversationRecords, ConversationRecords>();
        services.AddOperatorConsole(builder.Configuration);
        services.AddTriageTelemetry(builder.Configuration);

        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [StorageHealthCheck.ReadyTag]);
        return builder;
    }

    public static WebApplication MapTriageBot(this WebApplication app)
    {
        app.Services.GetRequiredService<BotEndpointAccess>().LogAtStart();
        app.UseSecurityHeaders();
        app.UseCors();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.StreamKeepAliveSeconds) });
        app.UseRateLimiter();
        app.MapBotApi();
        app.MapDirectLineApi();
        app.MapWidgetTokenApi();
        app.MapWidgetApi();
        app.MapHealthApi();
        app.MapOperatorConsole();
        return app;
    }
}
