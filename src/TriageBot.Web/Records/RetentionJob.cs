using TriageBot.Storage;
using TriageBot.Storage.Audit;
using TriageBot.Storage.Conversations;
using TriageBot.Storage.Database;
using TriageBot.Storage.Transcripts;

namespace TriageBot.Web.Records;

/// <summary>
/// Deletes conversations untouched for the retention period (Storage:RetentionDays, 90 by default): transcript,
/// triage record, Direct Line log and bot state, each deletion in the audit log without content. Runs at
/// start and then hourly.
/// </summary>
public sealed class RetentionJob(
    StorageOptions options,
    StorageDatabase database,
    BotStateStore state,
    ConversationIndex index,
    TranscriptStore transcripts,
    DirectLineLog directLine,
    AuditLog audit,
    TimeProvider clock,
    ILogger<RetentionJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Deletes what is older than the retention period at <paramref name="now"/>; returns how many conversations.</summary>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // With several instances, one sweeps and the others skip this round.
        await using var sweeping = await database.TryLockAsync("triagebot.retention", cancellationToken);
        if (sweeping is null)
            return 0;
        var before = now - TimeSpan.FromDays(options.RetentionDays);
        var expired = await index.NotUpdatedSinceAsync(before, cancellationToken);
        foreach (var (conversationId, _) in expired)
        {
            await transcripts.ForgetAsync(conversationId, cancellationToken);
            await directLine.DeleteAsync(conversationId, cancellationToken);
            await index.ForgetAsync(conversationId, cancellationToken);
            await audit.WriteAsync(new AuditEntry(now, "system", AuditActions.DeletedByRetention, conversationId, $"older than {options.RetentionDays} days"), cancellationToken);
        }

        var states = await state.DeleteNotUpdatedSinceAsync(before, cancellationToken);
        var unlisted = await transcripts.DeleteQuietSinceAsync(before, cancellationToken);
        if (expired.Count > 0 || states > 0 || unlisted > 0)
        {
            logger.LogInformation(
                "Retention deleted {Conversations} conversations, {States} bot states and {Activities} activities of unlisted transcripts.",
                expired.Count, states, unlisted);
        }
        return expired.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await SweepAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The retention sweep failed; it runs again in {Interval}.", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
