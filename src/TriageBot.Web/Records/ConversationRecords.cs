using TriageBot.Dialogs;
using TriageBot.Storage;
using TriageBot.Storage.Audit;
using TriageBot.Storage.Conversations;
using TriageBot.Storage.Transcripts;
using TriageBot.Triage;

namespace TriageBot.Web.Records;

/// <summary>
/// Everything the host keeps of a conversation: the triage record for the console after each message, and on
/// "forget me" the removal of the transcript, the record and the Direct Line log (a marker keeps its place).
/// </summary>
public sealed class ConversationRecords(
    ConversationIndex index,
    TranscriptStore transcripts,
    DirectLineLog directLine,
    AuditLog audit,
    ConversationSummaries summaries,
    TimeProvider clock) : IConversationRecords
{
    private const string Forgotten = """{"type":"event","name":"triagebot.forgotten","from":{"id":"triagebot","role":"bot"}}""";

    /// <summary>In a turn, the record is written with the turn's transcript, in the same commit.</summary>
    public Task RecordAsync(string conversationId, string channelId, TriageRecord record, CancellationToken cancellationToken)
    {
        var summary = summaries.Of(conversationId, channelId, record, clock.GetUtcNow());
        return TranscriptTurn.KeepRecord(summary) ? Task.CompletedTask : index.SaveAsync(summary, cancellationToken);
    }

    public async Task ForgetAsync(string conversationId, CancellationToken cancellationToken)
    {
        // This turn's own messages ("forget me" and the confirmation) are not written either.
        TranscriptTurn.DiscardCurrent();
        await transcripts.ForgetAsync(conversationId, cancellationToken);
        await index.ForgetAsync(conversationId, cancellationToken);
        await directLine.ForgetAsync(conversationId, Forgotten, cancellationToken);
        await audit.WriteAsync(new AuditEntry(clock.GetUtcNow(), "patient", AuditActions.ForgottenByPatient, conversationId), cancellationToken);
    }
}
