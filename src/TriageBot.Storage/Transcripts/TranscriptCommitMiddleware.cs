using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using System.Data.Common;
using TriageBot.Storage.Conversations;
using TriageBot.Storage.Database;

namespace TriageBot.Storage.Transcripts;

/// <summary>
/// Outermost on the adapter: opens the turn's transcript, and once the bot, the state save and Bot Framework's
/// <see cref="TranscriptLoggerMiddleware"/> are done, writes what was said and the triage record in one write,
/// before the reply leaves the server.
/// </summary>
public sealed class TranscriptCommitMiddleware(StorageDatabase database, TranscriptStore store, ConversationIndex index) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // A stable id makes the incoming activity appear once however often the turn is retried.
        turnContext.Activity.Id ??= $"g_{Guid.NewGuid():N}";
        using var turn = TranscriptTurn.Begin();
        await next(cancellationToken);
        var activities = turn.Activities(SaveStateOrRetryMiddleware.Unsent(turnContext));
        foreach (var activity in activities)
        {
            // Channels rarely say who is who; the console needs it to draw the patient's and the bot's bubbles.
            if (activity.From is { } from && string.IsNullOrEmpty(from.Role))
                from.Role = activity.Id == turnContext.Activity.Id ? RoleTypes.User : RoleTypes.Bot;
        }

        var writes = new List<Func<DbConnection, DbTransaction, CancellationToken, Task>>();
        if (activities.Count > 0)
            writes.Add(store.Writing(activities));
        if (turn.Record is { } record)
            writes.Add(index.Saving(record));
        if (writes.Count > 0)
        {
            await database.WriteAsync(
                async (connection, transaction, token) =>
                {
                    foreach (var write in writes)
                        await write(connection, transaction, token);
                },
                cancellationToken);
        }
    }
}
