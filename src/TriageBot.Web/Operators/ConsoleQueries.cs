using Microsoft.Bot.Schema;
using TriageBot.Storage.Conversations;
using TriageBot.Storage.Transcripts;

namespace TriageBot.Web.Operators;

/// <summary>
/// The console's list: the stored filters in SQL, then the search, which looks at finding ids, conversation ids
/// and, because the patients' words are encrypted at rest, the decrypted words of the candidates in memory.
/// </summary>
public sealed class ConsoleQueries(ConversationIndex index, TranscriptStore transcripts)
{
    /// <summary>How many conversations the list and the export show at most.</summary>
    public const int Limit = 500;

    public async Task<IReadOnlyList<ConversationSummary>> ListAsync(ConsoleFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var candidates = await index.ListAsync(filter.ForStorage(), string.IsNullOrWhiteSpace(filter.Search) ? Limit : Limit * 4, cancellationToken);
        if (string.IsNullOrWhiteSpace(filter.Search))
            return candidates;
        var search = filter.Search.Trim();
        var found = new List<ConversationSummary>();
        foreach (var conversation in candidates)
        {
            if (found.Count == Limit)
                break;
            if (conversation.ConversationId.StartsWith(search, StringComparison.OrdinalIgnoreCase)
                || conversation.FindingIds.Contains(search, StringComparer.OrdinalIgnoreCase)
                || (await PatientWordsAsync(conversation.ConversationId, cancellationToken)).Any(t => t.Contains(search, StringComparison.CurrentCultureIgnoreCase)))
            {
                found.Add(conversation);
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<string>> PatientWordsAsync(string conversationId, CancellationToken cancellationToken) =>
        [.. (await transcripts.ReadAllAsync(conversationId, cancellationToken))
            .Where(a => a.Type == ActivityTypes.Message && a.From?.Role != RoleTypes.Bot && !string.IsNullOrEmpty(a.Text))
            .Select(a => a.Text)];
}
