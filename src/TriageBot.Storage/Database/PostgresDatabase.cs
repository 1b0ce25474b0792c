using System.Data.Common;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;

namespace TriageBot.Storage.Database;

/// <summary>PostgreSQL, for several TriageBot instances behind a load balancer (Storage:Provider=Postgres).</summary>
public sealed class PostgresDatabase : StorageDatabase, IAsyncDisposable
{
    /// <summary>One advisory lock key for schema changes: instances starting together migrate one at a time.</summary>
    private const long MigrationLock = 0x7269_6167_6501;

    public PostgresDatabase(string connectionString, IDataProtector? protector = null)
        : base(protector)
    {
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    public NpgsqlDataSource DataSource { get; }

    public override string Provider => "Postgres";

    internal override string? LockConversationSql => "SELECT pg_advisory_xact_lock(hashtext(@c))";

    internal override bool IsUniqueViolation(DbException exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    /// <summary>A session advisory lock on a connection of its own, released when that connection closes.</summary>
    public override async Task<IAsyncDisposable?> TryLockAsync(string name, CancellationToken cancellationToken)
    {
        var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("SELECT pg_try_advisory_lock(hashtext(@name))", null, ("@name", name));
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
            return new HeldLock(connection, name);
        await connection.DisposeAsync();
        return null;
    }

    private sealed class HeldLock(NpgsqlConnection connection, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(hashtext(@name))", null, CancellationToken.None, ("@name", name));
            await connection.DisposeAsync();
        }
    }

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await DataSource.OpenConnectionAsync(cancellationToken);

    protected override async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_advisory_lock(@k)", null, cancellationToken, ("@k", MigrationLock));
        try
        {
            await ApplyScriptsAsync(connection, cancellationToken);
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@k)", null, CancellationToken.None, ("@k", MigrationLock));
        }
    }
}
