using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace TriageBot.Web.Bot.Clients;

/// <summary>
/// Bot Framework authentication as configured, with the per-turn clients it builds taken from
/// <see cref="BotClientCache"/>. Everything that checks a caller is the configured authentication's own.
/// </summary>
public sealed class SharedClientsAuthentication(BotFrameworkAuthentication configured, BotClientCache cache) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Shared(await configured.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Shared(await configured.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new SharedConnectorFactory(configured.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity), cache);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        cache.UserTokenAsync(AppIdOf(claimsIdentity) ?? string.Empty, () => configured.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None));

    public override BotFrameworkClient CreateBotFrameworkClient() => configured.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => configured.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        configured.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <summary>The bot's own app id, as Bot Framework picks it for the clients it builds: the token's audience
    /// from a channel, the app id claim from the Emulator, none when anonymous.</summary>
    private static string? AppIdOf(ClaimsIdentity identity) =>
        (identity.FindFirst(AuthenticationConstants.AudienceClaim) ?? identity.FindFirst(AuthenticationConstants.AppIdClaim))?.Value;

    private AuthenticateRequestResult Shared(AuthenticateRequestResult result) => new()
    {
        Audience = result.Audience,
        ClaimsIdentity = result.ClaimsIdentity,
        CallerId = result.CallerId,
        ConnectorFactory = new SharedConnectorFactory(result.ConnectorFactory, AppIdOf(result.ClaimsIdentity), cache),
    };
}
