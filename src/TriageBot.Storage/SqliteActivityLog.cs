using Microsoft.Data.Sqlite;

namespace TriageBot.Storage;

/// <summary>
/// Every activity of a Direct Line conversation in order, as JSON encrypted like the bot state, so a page
/// reload or a restarted host sees the history. The position of an activity is the Direct Line watermark.
/// </summary>
public sealed class SqliteActivityLog(SqliteStorage database)
{
    /// <summary>Appends the activities and returns the watermark after the last one.</summary>
    public async Task<long> AppendAsync(string conversationId, IReadOnlyList<string> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var position = await LastAsync(connection, transaction, conversationId, cancellationToken);
        foreach (var activity in activities)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO directline_activities(conversation_id, position, activity) VALUES ($c, $p, $a)";
            insert.Parameters.AddWithValue("$c", conversationId);
            insert.Parameters.AddWithValue("$p", ++position);
            insert.Parameters.AddWithValue("$a", database.Seal(activity));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return position;
    }

    /// <summary>
    /// Deletes a conversation's activities. One marker stays at the last position, so the watermarks clients
    /// hold remain valid and the conversation goes on from there.
    /// </summary>
    public async Task ForgetAsync(string conversationId, string marker, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var last = await LastAsync(connection, transaction, conversationId, cancellationToken);
        await using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM directline_activities WHERE conversation_id = $c";
        delete.Parameters.AddWithValue("$c", conversationId);
        await delete.ExecuteNonQueryAsync(cancellationToken);
        if (last > 0)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO directline_activities(conversation_id, position, activity) VALUES ($c, $p, $a)";
            insert.Parameters.AddWithValue("$c", conversationId);
            insert.Parameters.AddWithValue("$p", last);
            insert.Parameters.AddWithValue("$a", database.Seal(marker));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes a conversation's activities for good (retention: nobody holds its watermarks any more).</summary>
    public async Task DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM directline_activities WHERE conversation_id = $c", null, cancellationToken, ("$c", conversationId));
    }

    /// <summary>The activities after <paramref name="watermark"/>, and the watermark after the last one.</summary>
    public async Task<(IReadOnlyList<string> Activities, long Watermark)> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT position, activity FROM directline_activities WHERE conversation_id = $c AND position > $w ORDER BY position";
        select.Parameters.AddWithValue("$c", conversationId);
        select.Parameters.AddWithValue("$w", watermark);
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

    private static async Task<long> LastAsync(SqliteConnection connection, SqliteTransaction? transaction, string conversationId, CancellationToken cancellationToken)
    {
        await using var last = connection.CreateCommand();
        last.Transaction = transaction;
        last.CommandText = "SELECT COALESCE(MAX(position), 0) FROM directline_activities WHERE conversation_id = $c";
        last.Parameters.AddWithValue("$c", conversationId);
        return (long)(await last.ExecuteScalarAsync(cancellationToken))!;
    }
}
