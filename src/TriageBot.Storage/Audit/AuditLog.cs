using TriageBot.Storage.Database;

namespace TriageBot.Storage.Audit;

/// <summary>The audit log: append-only, read newest first by administrators.</summary>
public sealed class AuditLog(StorageDatabase database)
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO audit_log(at, actor, action, subject, detail) VALUES (@at, @actor, @action, @subject, @detail)",
            null,
            cancellationToken,
            ("@at", entry.At.Stored()),
            ("@actor", entry.Actor),
            ("@action", entry.Action),
            ("@subject", entry.Subject),
            ("@detail", entry.Detail));
    }

    /// <summary>The newest entries first; an action narrows the list.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(int limit, string? action = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Two statements rather than "@action IS NULL OR ...": PostgreSQL cannot type a null parameter alone.
        await using var select = string.IsNullOrEmpty(action)
            ? connection.Command("SELECT at, actor, action, subject, detail FROM audit_log ORDER BY seq DESC LIMIT @limit", null, ("@limit", limit))
            : connection.Command(
                "SELECT at, actor, action, subject, detail FROM audit_log WHERE action = @action ORDER BY seq DESC LIMIT @limit", null, ("@action", action), ("@limit", limit));
        var entries = new List<AuditEntry>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.Time(0), reader.GetString(1), reader.GetString(2),
                reader.StringOrNull(3), reader.StringOrNull(4)));
        }

        return entries;
    }
}
