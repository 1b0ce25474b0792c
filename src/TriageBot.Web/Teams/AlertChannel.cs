using Microsoft.Bot.Schema;

namespace TriageBot.Web.Teams;

/// <summary>The Teams channel alerts go to, saved in bot storage when the bot is added to the clinic's team.</summary>
public sealed class AlertChannel
{
    public const string StorageKey = "triagebot/teams/alert-channel";

    public ConversationReference Reference { get; set; } = new();

    public DateTimeOffset SavedAt { get; set; }
}
