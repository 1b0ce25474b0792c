using Microsoft.Bot.Builder;
using TriageBot.Triage;

namespace TriageBot.Dialogs;

/// <summary>A host that alerts nobody (the command line, tests).</summary>
public sealed class NoEmergencyAlerts : IEmergencyAlerts
{
    public void Raise(string conversationId, string channelId, TriageRecord record)
    {
    }

    public Task TeamJoinedAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
