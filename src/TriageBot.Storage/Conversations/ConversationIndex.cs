using System.Data.Common;
using System.Text;
using System.Text.Json;
using TriageBot.Storage.Database;

namespace TriageBot.Storage.Conversations;

/// <summary>
/// One row per conversation for the operators' console: urgency, findings, specialists and the review in the
/// clear (ids, not the patient's words), the words that gave each finding and the operators' notes encrypted.
/// </summary>
public sealed class ConversationIndex(StorageDatabase database)
{
    private const string Columns =
        "conversation_id, channel_id, locale, step, disposition, urgency, finished, findings, specialists, tips, handoff, " +
        "evidence, started_at, updated_at, reviewed_at, reviewed_by, notes";

    private const string Save =
        "INSERT INTO conversations(conversation_id, channel_id, locale, step, disposition, urgency, finished, findings, specialists, tips, handoff, evidence, started_at, updated_at) " +
        "VALUES (@id, @channel, @locale, @step, @disposition, @urgency, @finished, @findings, @specialists, @tips, @handoff, @evidence, @started, @updated) " +
        "ON CONFLICT(conversation_id) DO UPDATE SET locale = excluded.locale, step = excluded.step, disposition = excluded.disposition, " +
        "urgency = excluded.urgency, finished = excluded.finished, findings = excluded.findings, specialists = excluded.specialists, " +
        "tips = excluded.tips, handoff = excluded.handoff, evidence = excluded.evidence, started_at = excluded.started_at, updated_at = excluded.updated_at";

    private sealed record Evidence(IReadOnlyList<HeardWords> Heard, IReadOnlyList<HeardWords> Denied);

    /// <summary>Saves the triage part of the record; the review and notes stay as the operators left them.</summary>
    public Task SaveAsync(ConversationSummary summary, CancellationToken cancellationToken = default) =>
        database.WriteAsync(Saving(summary), cancellationToken);

    /// <summary>The statement that saves the record, its evidence sealed already, for a write that carries more
    /// (the turn's transcript).</summary>
    internal Func<DbConnection, DbTransaction, CancellationToken, Task> Saving(ConversationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        (string, object?)[] parameters =
        [
            ("@id", summary.ConversationId),
            ("@channel", summary.ChannelId),
            ("@locale", summary.Locale),
            ("@step", summary.Step),
            ("@disposition", summary.Disposition),
            ("@urgency", summary.Urgency),
            ("@finished", summary.Finished),
            ("@findings", Words(summary.FindingIds)),
            ("@specialists", Words(summary.Specialists)),
            ("@tips", Words(summary.Tips)),
            ("@handoff", summary.HandoffRequested),
            ("@evidence", database.Seal(JsonSerializer.Serialize(new Evidence(summary.Heard, summary.Denied)))),
            ("@started", summary.StartedAt.Stored()),
            ("@updated", summary.UpdatedAt.Stored()),
        ];
        return (connection, transaction, token) => connection.ExecuteAsync(Save, transaction, token, parameters);
    }

    public async Task<ConversationSummary?> FindAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command($"SELECT {Columns} FROM conversations WHERE conversation_id = @id", null, ("@id", conversationId));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>The conversations the filter lets through, most urgent first, then newest.</summary>
    public async Task<IReadOnlyList<ConversationSummary>> ListAsync(ConversationFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = Where(filter);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command(
            $"SELECT {Columns} FROM conversations{where} ORDER BY urgency DESC, started_at DESC LIMIT @limit",
            null,
            [.. parameters, ("@limit", limit)]);
        var list = new List<ConversationSummary>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            list.Add(Read(reader));
        return list;
    }

    /// <summary>Marks the conversation reviewed by an operator, or not reviewed again.</summary>
    public async Task<bool> SetReviewedAsync(string conversationId, string? reviewedBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE conversations SET reviewed_at = @at, reviewed_by = @by WHERE conversation_id = @id",
            null,
            cancellationToken,
            ("@id", conversationId),
            ("@at", reviewedBy is null ? null : at.Stored()),
            ("@by", reviewedBy)) > 0;
    }

    public async Task<bool> SetNotesAsync(string conversationId, string notes, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE conversations SET notes = @notes WHERE conversation_id = @id",
            null,
            cancellationToken,
            ("@id", conversationId),
            ("@notes", string.IsNullOrWhiteSpace(notes) ? null : database.Seal(notes))) > 0;
    }

    /// <summary>Conversations not touched since <paramref name="before"/>, for the retention job.</summary>
    public async Task<IReadOnlyList<(string ConversationId, string ChannelId)>> NotUpdatedSinceAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command(
            "SELECT conversation_id, channel_id FROM conversations WHERE updated_at < @before", null, ("@before", before.Stored()));
        var expired = new List<(string, string)>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            expired.Add((reader.GetString(0), reader.GetString(1)));
        return expired;
    }

    public async Task ForgetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM conversations WHERE conversation_id = @id", null, cancellationToken, ("@id", conversationId));
    }

    private static (string Sql, (string, object?)[] Parameters) Where(ConversationFilter filter)
    {
        var sql = new StringBuilder();
        var parameters = new List<(string, object?)>();
        void Add(string condition, string? name = null, object? value = null)
        {
            sql.Append(sql.Length == 0 ? " WHERE " : " AND ").Append(condition);
            if (name is not null)
                parameters.Add((name, value));
        }

        if (!string.IsNullOrEmpty(filter.Disposition))
            Add("disposition = @disposition", "@disposition", filter.Disposition);
        if (filter.From is { } from)
            Add("started_at >= @from", "@from", from.Stored());
        if (filter.To is { } to)
            Add("started_at < @to", "@to", to.Stored());
        if (filter.Reviewed is { } reviewed)
            Add(reviewed ? "reviewed_at IS NOT NULL" : "reviewed_at IS NULL");
        if (!string.IsNullOrEmpty(filter.Channel))
            Add("channel_id = @channel", "@channel", filter.Channel);
        if (!string.IsNullOrEmpty(filter.Locale))
            Add("locale = @locale", "@locale", filter.Locale);
        if (!string.IsNullOrEmpty(filter.Finding))
            Add("findings LIKE @finding ESCAPE '!'", "@finding", $"% {Escaped(filter.Finding.Trim())} %");
        if (!string.IsNullOrEmpty(filter.ConversationId))
            Add("substr(conversation_id, 1, length(@conversation)) = @conversation", "@conversation", filter.ConversationId.Trim());
        if (filter.UpdatedAfter is { } updated)
            Add("updated_at > @updated", "@updated", updated.Stored());
        return (sql.ToString(), [.. parameters]);
    }

    /// <summary>A finding id for LIKE: its underscores are letters, not wildcards.</summary>
    private static string Escaped(string id) => id.Replace("!", "!!", StringComparison.Ordinal).Replace("%", "!%", StringComparison.Ordinal).Replace("_", "!_", StringComparison.Ordinal);

    /// <summary>Ids with a space on each side, so a finding is matched whole.</summary>
    private static string Words(IEnumerable<string> ids) => $" {string.Join(' ', ids)} ";

    private static string[] Ids(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private ConversationSummary Read(DbDataReader reader)
    {
        var evidence = JsonSerializer.Deserialize<Evidence>(database.Open(reader.GetString(11)))!;
        return new ConversationSummary
        {
            ConversationId = reader.GetString(0),
            ChannelId = reader.GetString(1),
            Locale = reader.GetString(2),
            Step = reader.GetString(3),
            Disposition = reader.StringOrNull(4),
            Urgency = reader.GetInt32(5),
            Finished = reader.GetBoolean(6),
            FindingIds = Ids(reader.GetString(7)),
            Specialists = Ids(reader.GetString(8)),
            Tips = Ids(reader.GetString(9)),
            HandoffRequested = reader.GetBoolean(10),
            Heard = evidence.Heard,
            Denied = evidence.Denied,
            StartedAt = reader.Time(12),
            UpdatedAt = reader.Time(13),
            ReviewedAt = reader.TimeOrNull(14),
            ReviewedBy = reader.StringOrNull(15),
            Notes = reader.StringOrNull(16) is { } notes ? database.Open(notes) : null,
        };
    }
}
