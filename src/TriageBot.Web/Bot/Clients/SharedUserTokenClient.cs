using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace TriageBot.Web.Bot.Clients;

/// <summary>A turn's view of a shared user-token client: the turn disposes its view, never the client.</summary>
internal sealed class SharedUserTokenClient(UserTokenClient client) : UserTokenClient
{
    public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        client.GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        client.GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        client.SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        client.GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        client.GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        client.ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    // The cache owns the shared client: disposing this view leaves it alone.
    protected override void Dispose(bool disposing) => base.Dispose(disposing);
}
