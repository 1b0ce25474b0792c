using Microsoft.Bot.Schema;
using TriageBot.Storage.Tests.Database;
using TriageBot.Storage.Transcripts;

namespace TriageBot.Storage.Tests.Transcripts;

/// <summary>The transcript store on each provider, through Bot Framework's ITranscriptStore as well as ours.</summary>
public sealed class TranscriptStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Activities_are_kept_once_per_id_in_order_and_listed_and_deleted_per_conversation(string provider)
    {
        var store = new TranscriptStore(await TestDatabases.NewAsync(provider));
        await store.WriteAsync([Message("c1", "1", "numb back"), Message("c1", "2", "where?"), Message("c1", "1", "numb back")], CancellationToken.None);
        await store.LogActivityAsync(Message("c2", "3", "hello"));
        await store.LogActivityAsync(new Activity(ActivityTypes.Typing) { Conversation = new ConversationAccount(id: "c2"), ChannelId = "test" });

        Assert.Equal(["numb back", "where?"], (await store.ReadAllAsync("c1")).Select(a => a.Text));
        var page = await store.GetTranscriptActivitiesAsync("test", "c2");
        Assert.Equal(["hello"], page.Items.Select(a => a.AsMessageActivity().Text)); // typing is not kept
        Assert.Equal(["c1", "c2"], (await store.ListTranscriptsAsync("test")).Items.Select(t => t.Id));

        await store.DeleteTranscriptAsync("test", "c1");
        Assert.Empty(await store.ReadAllAsync("c1"));
        Assert.Equal(1, await store.DeleteQuietSinceAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));
        Assert.Empty(await store.ReadAllAsync("c2"));
    }

    private static Activity Message(string conversationId, string id, string text) => new(ActivityTypes.Message)
    {
        Id = id,
        Text = text,
        ChannelId = "test",
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("patient", role: RoleTypes.User),
        Timestamp = DateTimeOffset.UtcNow,
    };
}
