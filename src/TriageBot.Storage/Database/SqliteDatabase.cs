using System.Data.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace TriageBot.Storage.Database;

/// <summary>The default: one SQLite file, created on first start, nothing to install.</summary>
public sealed class SqliteDatabase : StorageDatabase, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly GroupCommit _writes;

    public SqliteDatabase(string connectionString, IDataProtector? protector = null)
        : base(protector)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        DatabaseFile = Path.GetFullPath(builder.DataSource);
        builder.DataSource = DatabaseFile;
        _connectionString = builder.ToString();
        _writes = new GroupCommit(OpenAsync);
    }

    public string DatabaseFile { get; }

    public override string Provider => "Sqlite";

    /// <summary>Microsoft.Data.Sqlite begins transactions IMMEDIATE: one writer at a time already.</summary>
    internal override string? LockConversationSql => null;

    internal override bool IsUniqueViolation(DbException exception) => exception is SqliteException { SqliteErrorCode: 19 };

    /// <summary>Writes from every turn go through one writer that commits them in groups (see <see cref="GroupCommit"/>).</summary>
    internal override Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        _writes.RunAsync(work, cancellationToken);

    public ValueTask DisposeAsync() => _writes.DisposeAsync();

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA busy_timeout = 5000;", null, cancellationToken);
        return connection;
    }

    protected override async Task MigrateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        // WAL lets readers work while a turn writes, and a killed process loses no committed turn. It cannot be
        // switched inside a transaction, so it is not in the scripts.
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", null, cancellationToken);
        await ApplyScriptsAsync(connection, cancellationToken);
    }
}
