using System.Globalization;
using Microsoft.Bot.Schema;

namespace TriageBot.Web.Teams;

/// <summary>The hero card staff see in Teams: that an emergency happened and where to read it, not what was said.</summary>
public static class AlertCard
{
    public static Attachment For(EmergencyAlert alert, string emergencyNumber, string? consoleUrl)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var card = new HeroCard
        {
            Title = "Emergency: a patient was told to call an ambulance",
            Subtitle = string.Create(CultureInfo.InvariantCulture, $"{alert.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC · {alert.ChannelId} · {alert.Language} · told to call {emergencyNumber}"),
            Text = $"Findings: {string.Join(", ", alert.Findings)}. Conversation {alert.ConversationId}.",
            Buttons = string.IsNullOrWhiteSpace(consoleUrl)
                ? []
                : [new CardAction(ActionTypes.OpenUrl, "Open in the console", value: $"{consoleUrl.TrimEnd('/')}/conversations/{Uri.EscapeDataString(alert.ConversationId)}")],
        };
        return card.ToAttachment();
    }
}
