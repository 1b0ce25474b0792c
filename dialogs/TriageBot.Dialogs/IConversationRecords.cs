namespace TriageBot.Dialogs;

/// <summary>
/// What the host keeps of a conversation beside the bot state (the Direct Line log; transcripts later), so that
/// "forget me" deletes all of it.
/// </summary>
public interface IConversationRecords
{
    Task ForgetAsync(string conversationId, CancellationToken cancellationToken);
}
