using TriageBot.Triage;

namespace TriageBot.Dialogs;

/// <summary>A host that keeps nothing beside the bot state (the command line, tests).</summary>
public sealed class NoConversationRecords : IConversationRecords
{
    public Task RecordAsync(string conversationId, string channelId, TriageRecord record, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ForgetAsync(string conversationId, CancellationToken cancellationToken) => Task.CompletedTask;
}
