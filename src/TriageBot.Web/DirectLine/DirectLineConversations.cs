using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using TriageBot.Dialogs;
using TriageBot.Storage;

namespace TriageBot.Web.DirectLine;

/// <summary>
/// Direct Line conversations: each activity a client posts is echoed into the conversation's log with its id,
/// run through the same bot and middleware as /api/messages (in process), and the bot's replies follow it.
/// </summary>
public sealed class DirectLineConversations(InProcessAdapter adapter, IBot bot, DirectLineLog log, ConversationSignals signals, TimeProvider clock)
{
    public const string ChannelId = "directline";
    private static readonly ChannelAccount Bot = new("triagebot", "TriageBot", RoleTypes.Bot);
    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };

    /// <summary>Opens a conversation: the bot greets and asks its first question. Opening twice does nothing.</summary>
    public async Task StartAsync(string conversationId, string? locale, CancellationToken cancellationToken)
    {
        if (await log.LastWatermarkAsync(conversationId, cancellationToken) > 0)
            return;
        var patient = new ChannelAccount($"patient-{conversationId}", role: RoleTypes.User);
        var joined = Incoming(conversationId, ActivityTypes.ConversationUpdate, patient, locale);
        joined.MembersAdded = [patient];
        await RunAsync(joined, echo: false, cancellationToken);
    }

    /// <summary>Posts a patient's activity and returns its id once the bot's replies are in the log.</summary>
    public async Task<string> PostAsync(string conversationId, Activity posted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var activity = Incoming(conversationId, posted.Type ?? ActivityTypes.Message, posted.From ?? new ChannelAccount($"patient-{conversationId}"), posted.Locale);
        activity.Text = posted.Text;
        activity.Value = posted.Value;
        activity.Name = posted.Name;
        activity.Attachments = posted.Attachments;
        activity.ChannelData = posted.ChannelData; // carries Web Chat's clientActivityID back in the echo
        activity.TextFormat = posted.TextFormat;
        await RunAsync(activity, echo: true, cancellationToken);
        return activity.Id;
    }

    public Task<(IReadOnlyList<string> Activities, long Watermark)> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        log.ReadAsync(conversationId, watermark, cancellationToken);

    public Task<long> WatermarkAsync(string conversationId, CancellationToken cancellationToken) =>
        log.LastWatermarkAsync(conversationId, cancellationToken);

    private async Task RunAsync(Activity incoming, bool echo, CancellationToken cancellationToken)
    {
        var replies = await adapter.ProcessAsync(incoming, bot, cancellationToken);
        foreach (var reply in replies)
        {
            reply.From = Bot;
            reply.Conversation = incoming.Conversation;
            reply.ReplyToId = incoming.Id;
            reply.Timestamp ??= clock.GetUtcNow();
        }

        var logged = (echo ? [incoming] : Array.Empty<Activity>()).Concat(replies).Select(a => JsonConvert.SerializeObject(a, Json)).ToList();
        await log.AppendAsync(incoming.Conversation.Id, logged, cancellationToken);
        signals.Added(incoming.Conversation.Id);
    }

    private Activity Incoming(string conversationId, string type, ChannelAccount from, string? locale) => new()
    {
        Type = type,
        Id = $"{conversationId}|{Guid.NewGuid():N}",
        ChannelId = ChannelId,
        ServiceUrl = "urn:triagebot:directline",
        Conversation = new ConversationAccount(id: conversationId),
        From = from,
        Recipient = Bot,
        Locale = locale,
        Timestamp = clock.GetUtcNow(),
    };
}
