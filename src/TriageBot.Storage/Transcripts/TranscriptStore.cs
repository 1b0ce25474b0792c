using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using System.Data.Common;
using TriageBot.Storage.Database;
using Newtonsoft.Json;

namespace TriageBot.Storage.Transcripts;

/// <summary>
/// Every activity in and out of every conversation, encrypted like the bot state, for the operators' console.
/// Bot Framework's <see cref="TranscriptLoggerMiddleware"/> hands activities over without awaiting the write;
/// inside a <see cref="TranscriptTurn"/> (opened by <see cref="TranscriptCommitMiddleware"/>) they are kept
/// and written in one transaction before the turn's reply leaves, so an acknowledged turn is on disk, in order.
/// </summary>
public sealed class TranscriptStore(StorageDatabase database) : ITranscriptStore
{
    public const int PageSize = 100;
    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };

    public Task LogActivityAsync(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.Typing)
            return Task.CompletedTask; // "typing…" is not part of what was said
        if (TranscriptTurn.Current is { } turn)
        {
            turn.Add(activity);
            return Task.CompletedTask;
        }

        return WriteAsync([activity], CancellationToken.None);
    }

    /// <summary>Writes activities in order; one already stored (same id) is skipped, so a retried turn's
    /// incoming activity, or a reply logged when held and again when sent, appears once.</summary>
    public async Task WriteAsync(IReadOnlyList<IActivity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
            return;
        await database.WriteAsync(Writing(activities), cancellationToken);
    }

    /// <summary>The statements that write the activities, their JSON made and sealed already, for a write that
    /// carries more (the turn's triage record).</summary>
    internal Func<DbConnection, DbTransaction, CancellationToken, Task> Writing(IReadOnlyList<IActivity> activities)
    {
        var rows = activities.Select(activity => new (string, object?)[]
        {
            ("@c", activity.Conversation?.Id ?? ""),
            ("@ch", activity.ChannelId ?? ""),
            ("@id", activity.Id ?? $"g_{Guid.NewGuid():N}"),
            ("@at", (activity.Timestamp ?? DateTimeOffset.UtcNow).Stored()),
            ("@a", database.Seal(JsonConvert.SerializeObject(activity, Json))),
        }).ToList();
        return async (connection, transaction, token) =>
        {
            foreach (var parameters in rows)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO transcript_activities(conversation_id, channel_id, activity_id, at, activity) VALUES (@c, @ch, @id, @at, @a) ON CONFLICT DO NOTHING",
                    transaction,
                    token,
                    parameters);
            }
        };
    }

    /// <summary>The conversation's activities in the order they happened.</summary>
    public async Task<IReadOnlyList<Activity>> ReadAllAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var (activities, _) = await ReadPageAsync(conversationId, 0, int.MaxValue, null, cancellationToken);
        return activities;
    }

    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(
        string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default)
    {
        var after = long.TryParse(continuationToken, out var seq) ? seq : 0;
        var (activities, last) = await ReadPageAsync(conversationId, after, PageSize, startDate == default ? null : startDate, CancellationToken.None);
        return new PagedResult<IActivity>
        {
            Items = [.. activities.Where(a => a.ChannelId == channelId)],
            ContinuationToken = activities.Count == PageSize ? last.ToString(System.Globalization.CultureInfo.InvariantCulture) : null!,
        };
    }

    public async Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var select = connection.Command(
            "SELECT conversation_id, MIN(at) FROM transcript_activities WHERE channel_id = @ch AND conversation_id > @after " +
            "GROUP BY conversation_id ORDER BY conversation_id LIMIT @n",
            null,
            ("@ch", channelId),
            ("@after", continuationToken ?? ""),
            ("@n", PageSize));
        var items = new List<TranscriptInfo>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            items.Add(new TranscriptInfo { ChannelId = channelId, Id = reader.GetString(0), Created = reader.Time(1) });
        return new PagedResult<TranscriptInfo> { Items = [.. items], ContinuationToken = items.Count == PageSize ? items[^1].Id : null! };
    }

    public Task DeleteTranscriptAsync(string channelId, string conversationId) => ForgetAsync(conversationId, CancellationToken.None);

    /// <summary>Deletes every activity of the conversation, whatever its channel.</summary>
    public async Task ForgetAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM transcript_activities WHERE conversation_id = @c", null, cancellationToken, ("@c", conversationId));
    }

    /// <summary>Deletes the transcripts whose last activity is older than <paramref name="before"/> (conversations
    /// that never reached the console's list, such as a widget opened and closed), and says how many.</summary>
    public async Task<int> DeleteQuietSinceAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM transcript_activities WHERE conversation_id IN " +
            "(SELECT conversation_id FROM transcript_activities GROUP BY conversation_id HAVING MAX(at) < @before)",
            null,
            cancellationToken,
            ("@before", before.Stored()));
    }

    private async Task<(List<Activity> Activities, long Last)> ReadPageAsync(
        string conversationId, long after, int limit, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command(
            "SELECT seq, activity FROM transcript_activities WHERE conversation_id = @c AND seq > @after AND at >= @since ORDER BY seq LIMIT @n",
            null,
            ("@c", conversationId),
            ("@after", after),
            ("@since", (since ?? DateTimeOffset.MinValue).Stored()),
            ("@n", limit));
        var activities = new List<Activity>();
        var last = after;
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            last = reader.GetInt64(0);
            activities.Add(JsonConvert.DeserializeObject<Activity>(database.Open(reader.GetString(1)), Json)!);
        }

        return (activities, last);
    }
}
