namespace TriageBot.Web.Bot;

/// <summary>
/// Who may call <c>/api/messages</c>. With an app id, Bot Framework tokens are checked by the adapter. Without
/// one, anonymous calls are for local work only (Development: the Emulator, curl); anywhere else they are
/// refused, so a server deployed without credentials never accepts forged activities.
/// </summary>
public sealed class BotEndpointAccess(IConfiguration configuration, IHostEnvironment environment, ILogger<BotEndpointAccess> logger)
{
    public bool HasAppId => !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);

    public bool AllowsRequests => HasAppId || environment.IsDevelopment();

    public void LogAtStart()
    {
        if (HasAppId)
            logger.LogInformation("/api/messages checks Bot Framework tokens for app id {AppId}.", configuration["MicrosoftAppId"]);
        else if (environment.IsDevelopment())
            logger.LogWarning("/api/messages accepts anonymous calls: no MicrosoftAppId is configured and the environment is Development.");
        else
            logger.LogWarning(
                "/api/messages answers 401 to every call: no MicrosoftAppId is configured and the environment is {Environment}, not Development. " +
                "Set MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId to connect Azure Bot Service.",
                environment.EnvironmentName);
    }
}
