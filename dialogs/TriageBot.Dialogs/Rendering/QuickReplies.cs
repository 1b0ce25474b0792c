using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace TriageBot.Dialogs.Rendering;

/// <summary>
/// Buttons as each channel shows them best: Teams renders hero-card buttons, Web Chat and the Emulator
/// render suggested actions. Both send the button's title back as the patient's message.
/// </summary>
public static class QuickReplies
{
    public static IMessageActivity Message(string channelId, string text, IEnumerable<string> buttons)
    {
        var actions = buttons.Select(title => new CardAction(ActionTypes.ImBack, title, value: title)).ToList();
        var message = MessageFactory.Text(text);
        message.TextFormat = TextFormatTypes.Markdown;
        if (actions.Count == 0)
            return message;
        if (channelId == Channels.Msteams)
            message.Attachments = [new HeroCard(buttons: actions).ToAttachment()];
        else
            message.SuggestedActions = new SuggestedActions(actions: actions);
        return message;
    }
}
