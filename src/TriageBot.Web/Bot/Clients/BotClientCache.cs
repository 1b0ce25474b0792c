using System.Collections.Concurrent;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace TriageBot.Web.Bot.Clients;

/// <summary>
/// The Bot Framework clients a turn needs, built once per bot identity and channel service rather than per turn.
/// </summary>
/// <remarks>
/// <c>CloudAdapter</c> builds a <c>ConnectorClient</c> and a <c>UserTokenClient</c> for every activity and disposes
/// them after it; building one parses user-agent strings with regular expressions and reads assembly metadata, a
/// fifth of a turn's CPU under load. The older <c>BotFrameworkAdapter</c> kept its connector clients for the same
/// reason. The clients are safe to share: they hold a base address, credentials that cache their own tokens, and the
/// host's shared <c>HttpClient</c>. The cache is bounded because, in Development, an anonymous caller names the
/// service URL; past the bound, clients are built per turn as before.
/// </remarks>
public sealed class BotClientCache : IDisposable
{
    public const int MaxClients = 64;

    private readonly ConcurrentDictionary<string, Lazy<Task<IConnectorClient>>> _connectors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<UserTokenClient>>> _userTokens = new(StringComparer.Ordinal);

    public async Task<IConnectorClient> ConnectorAsync(string key, Func<Task<IConnectorClient>> create)
    {
        var client = await SharedAsync(_connectors, key, create);
        return client is null ? await create() : new SharedConnectorClient(client);
    }

    public async Task<UserTokenClient> UserTokenAsync(string key, Func<Task<UserTokenClient>> create)
    {
        var client = await SharedAsync(_userTokens, key, create);
        return client is null ? await create() : new SharedUserTokenClient(client);
    }

    public void Dispose()
    {
        foreach (var client in _connectors.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully))
            client.Value.Result.Dispose();
        foreach (var client in _userTokens.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully))
            client.Value.Result.Dispose();
    }

    /// <summary>The shared client for the key, or null when the cache is full (the caller builds its own).</summary>
    private static async Task<T?> SharedAsync<T>(ConcurrentDictionary<string, Lazy<Task<T>>> clients, string key, Func<Task<T>> create)
        where T : class
    {
        if (!clients.TryGetValue(key, out var shared))
        {
            if (clients.Count >= MaxClients)
                return null;
            shared = clients.GetOrAdd(key, _ => new Lazy<Task<T>>(create));
        }

        try
        {
            return await shared.Value;
        }
        catch
        {
            // A client that failed to build (credentials unreachable) is tried afresh on the next turn.
            clients.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(key, shared));
            throw;
        }
    }
}
