using Microsoft.Bot.Builder;
using TriageBot.Triage;

namespace TriageBot.Dialogs;

/// <summary>
/// Tells clinic staff at once when a patient was told to call an ambulance (in the host: a card in the clinic's
/// Teams channel). Never with what the patient wrote.
/// </summary>
public interface IEmergencyAlerts
{
    /// <summary>A conversation has just reached the emergency outcome. Returns at once: the patient's reply must
    /// not wait for the alert.</summary>
    void Raise(string conversationId, string channelId, TriageRecord record);

    /// <summary>The bot was added to a Teams team: a place alerts may go.</summary>
    Task TeamJoinedAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
