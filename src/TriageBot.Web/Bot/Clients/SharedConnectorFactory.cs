using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace TriageBot.Web.Bot.Clients;

/// <summary>Hands out the cached connector client for the bot identity, service URL and audience asked for.</summary>
internal sealed class SharedConnectorFactory(ConnectorFactory factory, string? appId, BotClientCache cache) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default) =>
        cache.ConnectorAsync($"{appId}|{audience}|{serviceUrl}", () => factory.CreateAsync(serviceUrl, audience, CancellationToken.None));
}
