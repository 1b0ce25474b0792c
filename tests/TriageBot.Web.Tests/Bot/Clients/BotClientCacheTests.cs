using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;
using TriageBot.Web.Bot.Clients;

namespace TriageBot.Web.Tests.Bot.Clients;

/// <summary>
/// The connector clients turns share: one per channel service, never closed by the turn that used it, and a
/// caller that names endless service URLs gets clients of its own rather than filling the memory.
/// </summary>
public sealed class BotClientCacheTests : IDisposable
{
    private readonly BotClientCache _cache = new();
    private readonly List<CountedClient> _built = [];

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task Turns_on_one_channel_service_share_one_client_that_their_disposal_leaves_open()
    {
        for (var turn = 0; turn < 3; turn++)
        {
            using var client = await _cache.ConnectorAsync("bot|scope|https://smba.example/", Build);
            Assert.Equal(new Uri("https://smba.example/"), client.BaseUri);
        }

        var shared = Assert.Single(_built);
        Assert.False(shared.Disposed);
        _cache.Dispose();
        Assert.True(shared.Disposed);
    }

    [Fact]
    public async Task Past_the_bound_each_turn_builds_and_closes_its_own_client()
    {
        for (var i = 0; i < BotClientCache.MaxClients; i++)
            await _cache.ConnectorAsync($"bot|scope|https://service-{i}.example/", Build);

        using (await _cache.ConnectorAsync("bot|scope|https://one-too-many.example/", Build))
        {
        }

        Assert.Equal(BotClientCache.MaxClients + 1, _built.Count);
        Assert.True(_built[^1].Disposed);
        Assert.DoesNotContain(_built[..^1], c => c.Disposed);
    }

    [Fact]
    public async Task A_client_that_could_not_be_built_is_tried_again_on_the_next_turn()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() =>
            _cache.ConnectorAsync("bot|scope|https://smba.example/", () => throw new HttpRequestException("token endpoint unreachable")));

        using var client = await _cache.ConnectorAsync("bot|scope|https://smba.example/", Build);

        Assert.Single(_built);
    }

    private Task<IConnectorClient> Build()
    {
        var client = new CountedClient(new Uri("https://smba.example/"));
        _built.Add(client);
        return Task.FromResult<IConnectorClient>(client);
    }

    private sealed class CountedClient(Uri baseUri) : IConnectorClient
    {
        public bool Disposed { get; private set; }

        public Uri BaseUri { get; set; } = baseUri;

        public JsonSerializerSettings SerializationSettings { get; } = new();

        public JsonSerializerSettings DeserializationSettings { get; } = new();

        public ServiceClientCredentials Credentials => null!;

        public IAttachments Attachments => null!;

        public IConversations Conversations => null!;

        public void Dispose() => Disposed = true;
    }
}
