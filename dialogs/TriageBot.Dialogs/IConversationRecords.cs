using TriageBot.Triage;

namespace TriageBot.Dialogs;

/// <summary>
/// What the host keeps of a conversation beside the bot state (the Direct Line log, the transcript and the
/// triage record the operators review), so that "forget me" deletes all of it.
/// </summary>
public interface IConversationRecords
{
    /// <summary>Keeps the triage record as it stands after a patient's message, for the operators' console.</summary>
    Task RecordAsync(string conversationId, string channelId, TriageRecord record, CancellationToken cancellationToken);

    Task ForgetAsync(string conversationId, CancellationToken cancellationToken);
}
