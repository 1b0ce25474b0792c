using System.Data.Common;
using TriageBot.Storage.Database;

namespace TriageBot.Storage;

/// <summary>
/// Every activity of a Direct Line conversation in order, as JSON encrypted like the bot state, so a page
/// reload, a restarted host or another instance sees the history. The position of an activity is the Direct
/// Line watermark.
/// </summary>
public sealed class DirectLineLog(StorageDatabase database)
{
    private const string Insert = "INSERT INTO directline_activities(conversation_id, position, activity) VALUES (@c, @p, @a)";

    /// <summary>Appends the activities and returns the watermark after the last one.</summary>
    public async Task<long> AppendAsync(string conversationId, IReadOnlyList<string> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var sealedActivities = activities.Select(database.Seal).ToList();
        return await database.WriteAsync(
            async (connection, transaction, token) =>
            {
                await LockAsync(connection, transaction, conversationId, token);
                var position = await LastAsync(connection, transaction, conversationId, token);
                foreach (var activity in sealedActivities)
                    await connection.ExecuteAsync(Insert, transaction, token, ("@c", conversationId), ("@p", ++position), ("@a", activity));
                return position;
            },
            cancellationToken);
    }

    /// <summary>
    /// Deletes a conversation's activities. One marker stays at the last position, so the watermarks clients
    /// hold remain valid and the conversation goes on from there.
    /// </summary>
    public async Task ForgetAsync(string conversationId, string marker, CancellationToken cancellationToken = default)
    {
        var sealedMarker = database.Seal(marker);
        await database.WriteAsync(
            async (connection, transaction, token) =>
            {
                await LockAsync(connection, transaction, conversationId, token);
                var last = await LastAsync(connection, transaction, conversationId, token);
                await connection.ExecuteAsync("DELETE FROM directline_activities WHERE conversation_id = @c", transaction, token, ("@c", conversationId));
                if (last > 0)
                    await connection.ExecuteAsync(Insert, transaction, token, ("@c", conversationId), ("@p", last), ("@a", sealedMarker));
            },
            cancellationToken);
    }

    /// <summary>Deletes a conversation's activities for good (retention: nobody holds its watermarks any more).</summary>
    public async Task DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM directline_activities WHERE conversation_id = @c", null, cancellationToken, ("@c", conversationId));
    }

    /// <summary>The activities after <paramref name="watermark"/>, and the watermark after the last one.</summary>
    public async Task<(IReadOnlyList<string> Activities, long Watermark)> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command(
            "SELECT position, activity FROM directline_activities WHERE conversation_id = @c AND position > @w ORDER BY position",
            null,
            ("@c", conversationId),
            ("@w", watermark));
        var activities = new List<string>();
        var last = watermark;
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            last = reader.GetInt64(0);
            activities.Add(database.Open(reader.GetString(1)));
        }

        return (activities, last);
    }

    /// <summary>The watermark after the conversation's last activity; 0 when it has none.</summary>
    public async Task<long> LastWatermarkAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await LastAsync(connection, null, conversationId, cancellationToken);
    }

    /// <summary>Makes this transaction the only writer of the conversation's log (across instances too).</summary>
    private async Task LockAsync(DbConnection connection, DbTransaction transaction, string conversationId, CancellationToken cancellationToken)
    {
        if (database.LockConversationSql is { } sql)
        {
            await using var command = connection.Command(sql, transaction, ("@c", conversationId));
            await command.ExecuteScalarAsync(cancellationToken);
        }
    }

    private static async Task<long> LastAsync(DbConnection connection, DbTransaction? transaction, string conversationId, CancellationToken cancellationToken)
    {
        await using var last = connection.Command(
            "SELECT COALESCE(MAX(position), 0) FROM directline_activities WHERE conversation_id = @c", transaction, ("@c", conversationId));
        return Convert.ToInt64(await last.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
