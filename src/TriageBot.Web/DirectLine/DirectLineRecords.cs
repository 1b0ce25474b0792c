using TriageBot.Dialogs;
using TriageBot.Storage;

namespace TriageBot.Web.DirectLine;

/// <summary>"Forget me" on Direct Line: the conversation's activities go, a marker event keeps its place.</summary>
public sealed class DirectLineRecords(SqliteActivityLog log) : IConversationRecords
{
    private const string Forgotten = """{"type":"event","name":"triagebot.forgotten","from":{"id":"triagebot","role":"bot"}}""";

    public Task ForgetAsync(string conversationId, CancellationToken cancellationToken) =>
        log.ForgetAsync(conversationId, Forgotten, cancellationToken);
}
