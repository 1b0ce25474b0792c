using System.Data.Common;
using System.Reflection;
using Microsoft.AspNetCore.DataProtection;

namespace TriageBot.Storage.Database;

/// <summary>
/// The one database every store shares, SQLite or PostgreSQL: connections with the schema brought up to date
/// from versioned SQL (Database/Schema/{provider}/NNN_*.sql), the few places the two dialects differ, and the
/// encryption of what is stored (patient text is health data).
/// </summary>
public abstract class StorageDatabase
{
    private readonly IDataProtector? _protector;
    private Lazy<Task> _schema;

    /// <param name="protector">Encrypts what is stored; the host always gives one. Without one (unit tests of the
    /// concurrency rules), documents are stored as plain JSON.</param>
    protected StorageDatabase(IDataProtector? protector)
    {
        _protector = protector;
        _schema = new Lazy<Task>(() => MigrateAsync(CancellationToken.None));
    }

    /// <summary>"Sqlite" or "Postgres": the folder its schema scripts are in.</summary>
    public abstract string Provider { get; }

    /// <summary>SQL run first in a transaction that appends to one conversation's log (parameter @c), so appends
    /// from several instances take turns; null where the transaction itself already excludes other writers.</summary>
    internal abstract string? LockConversationSql { get; }

    /// <summary>The versions applied, oldest first, for a test that checks the schema is current.</summary>
    public static IReadOnlyList<(int Version, string Name)> Scripts(string provider) =>
        [.. ScriptNames(provider).Select(n => (Version(n), n))];

    /// <summary>A connection to the database, its schema up to date.</summary>
    internal async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var schema = _schema;
        if (schema.IsValueCreated && schema.Value.IsFaulted)
        {
            // The database was unreachable (a missing disk, a server restarting): try again rather than fail forever.
            Interlocked.CompareExchange(ref _schema, new Lazy<Task>(() => MigrateAsync(CancellationToken.None)), schema);
        }

        await _schema.Value.WaitAsync(cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    /// <summary>For the readiness check: the database can be opened and queried.</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.Command("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }

    internal abstract bool IsUniqueViolation(DbException exception);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and returns once that transaction is committed. The work only
    /// runs statements on the connection and transaction it is given (a database may run it beside other writes).
    /// </summary>
    internal virtual async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    internal Task WriteAsync(Func<DbConnection, DbTransaction, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        WriteAsync<bool>(
            async (connection, transaction, token) =>
            {
                await work(connection, transaction, token);
                return true;
            },
            cancellationToken);

    /// <summary>Takes a lock held across instances until disposed, or returns null when another instance has it:
    /// a background job runs once however many instances run.</summary>
    public virtual Task<IAsyncDisposable?> TryLockAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable?>(new NoLock());

    private sealed class NoLock : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Encrypts text for the database (health data at rest).</summary>
    internal string Seal(string text) => _protector?.Protect(text) ?? text;

    internal string Open(string stored) => _protector?.Unprotect(stored) ?? stored;

    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Runs the scripts not yet applied, each in its own transaction with its version recorded.</summary>
    protected virtual async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await ApplyScriptsAsync(connection, cancellationToken);
    }

    protected async Task ApplyScriptsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_versions(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", null, cancellationToken);
        var applied = new HashSet<long>();
        await using (var select = connection.Command("SELECT version FROM schema_versions"))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                applied.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var name in ScriptNames(Provider).Where(n => !applied.Contains(Version(n))))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(Read(name), transaction, cancellationToken);
            await connection.ExecuteAsync(
                "INSERT INTO schema_versions(version, name, applied_at) VALUES (@v, @n, @at)",
                transaction,
                cancellationToken,
                ("@v", Version(name)),
                ("@n", name),
                ("@at", DateTimeOffset.UtcNow.Stored()));
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static IEnumerable<string> ScriptNames(string provider)
    {
        var prefix = $"TriageBot.Storage.Schema.{provider}.";
        return typeof(StorageDatabase).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .OrderBy(Version);
    }

    private static int Version(string name) => int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);

    private string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"TriageBot.Storage.Schema.{Provider}.{name}")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
