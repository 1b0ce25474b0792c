using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace TriageBot.Cli;

/// <summary>One patient's conversation with a <see cref="LocalBot"/>.</summary>
public sealed class LocalConversation(LocalBot bot, string locale) : IPatientChannel
{
    private readonly ConversationAccount _conversation = new(id: $"local-{Guid.NewGuid():N}");
    private readonly ChannelAccount _patient = new("patient", "Patient");
    private readonly ChannelAccount _triageBot = new("triagebot", "TriageBot");

    public Task<IReadOnlyList<Activity>> OpenAsync(CancellationToken cancellationToken = default)
    {
        var joined = Activity("conversationUpdate");
        joined.MembersAdded = [_patient];
        return bot.SendAsync(joined, cancellationToken);
    }

    public Task<IReadOnlyList<Activity>> SayAsync(string text, CancellationToken cancellationToken = default)
    {
        var message = Activity(ActivityTypes.Message);
        message.Text = text;
        return bot.SendAsync(message, cancellationToken);
    }

    private Activity Activity(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = Channels.Test,
        ServiceUrl = "urn:triagebot:local",
        Conversation = _conversation,
        From = _patient,
        Recipient = _triageBot,
        Locale = locale,
        Timestamp = DateTimeOffset.UtcNow,
    };
}
