using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace TriageBot.Web.Bot.Clients;

/// <summary>A turn's view of a shared connector client: the turn disposes its view, never the client.</summary>
internal sealed class SharedConnectorClient(IConnectorClient client) : IConnectorClient
{
    public Uri BaseUri
    {
        get => client.BaseUri;
        set => throw new InvalidOperationException("A shared connector client keeps its service URL.");
    }

    public JsonSerializerSettings SerializationSettings => client.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;

    public ServiceClientCredentials Credentials => client.Credentials;

    public IAttachments Attachments => client.Attachments;

    public IConversations Conversations => client.Conversations;

    public void Dispose()
    {
    }
}
