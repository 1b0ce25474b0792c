using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TriageBot.Storage;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on one SQLite file, with ETag optimistic concurrency so two turns of
/// one conversation cannot overwrite each other: a write that holds a stale ETag (or believes an existing item
/// is new) throws <see cref="StorageConflictException"/>, and the turn runs again on the saved state.
/// </summary>
public sealed class SqliteStorage : IStorage
{
    private const string ETagKey = "eTag";
    private readonly string _connectionString;
    private readonly JsonSerializer _serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new StoredTypesBinder(),
        MaxDepth = 64,
    });

    private Lazy<Task> _schema;

    private readonly IDataProtector? _protector;

    /// <param name="protector">Encrypts what is stored (patient text is health data); the host always gives one.
    /// Without one, documents are stored as plain JSON (unit tests of the concurrency rules).</param>
    public SqliteStorage(string connectionString, IDataProtector? protector = null)
    {
        _protector = protector;
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        DatabaseFile = Path.GetFullPath(builder.DataSource);
        builder.DataSource = DatabaseFile;
        _connectionString = builder.ToString();
        _schema = new Lazy<Task>(CreateSchemaAsync);
    }

    public string DatabaseFile { get; }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>();
        if (keys.Length == 0)
            return items;
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var key in keys.Distinct())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT etag, document FROM bot_state WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
                items[key] = WithETag(JToken.Parse(Open(reader.GetString(1))).ToObject<object>(_serializer)!, reader.GetString(0));
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
            return;
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (key, value) in changes)
        {
            var (document, etag) = Document(value);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = etag switch
            {
                "*" => Upsert,
                null or "" => "INSERT INTO bot_state(key, etag, document, updated_at) VALUES ($key, $new, $doc, $now) ON CONFLICT(key) DO NOTHING",
                _ => "UPDATE bot_state SET etag = $new, document = $doc, updated_at = $now WHERE key = $key AND etag = $etag",
            };
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$new", Guid.NewGuid().ToString("N"));
            command.Parameters.AddWithValue("$doc", Seal(document));
            command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.Stored());
            command.Parameters.AddWithValue("$etag", (object?)etag ?? DBNull.Value);
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                throw new StorageConflictException($"The item '{key}' was changed by another turn.");
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var key in keys)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM bot_state WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Deletes state not written since <paramref name="before"/> (the retention period), and says how much.</summary>
    public async Task<int> DeleteNotUpdatedSinceAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM bot_state WHERE updated_at < $before", null, cancellationToken, ("$before", before.Stored()));
    }

    /// <summary>Encrypts text for the database (health data at rest).</summary>
    internal string Seal(string text) => _protector?.Protect(text) ?? text;

    internal string Open(string stored) => _protector?.Unprotect(stored) ?? stored;

    /// <summary>For the readiness check: the file can be opened and queried.</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private const string Upsert =
        "INSERT INTO bot_state(key, etag, document, updated_at) VALUES ($key, $new, $doc, $now) " +
        "ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = excluded.updated_at";

    /// <summary>The JSON to store and the ETag the caller holds: an <see cref="IStoreItem"/>'s, or the
    /// "eTag" entry BotState's dictionaries carry back from <see cref="ReadAsync"/>; none (null) means the
    /// caller believes the item is new; a plain object has no ETag and is written unconditionally ("*").</summary>
    private (string Document, string? ETag) Document(object value)
    {
        var json = JToken.FromObject(value, _serializer);
        string? etag = value switch
        {
            IStoreItem item => item.ETag,
            IDictionary<string, object> dictionary => dictionary.TryGetValue(ETagKey, out var e) ? e as string : null,
            JObject obj => obj.Value<string>(ETagKey),
            _ => "*",
        };
        if (json is JObject stored)
        {
            stored.Remove(ETagKey);
            stored.Remove("ETag");
        }

        return (json.ToString(Formatting.None), etag);
    }

    private static object WithETag(object item, string etag)
    {
        switch (item)
        {
            case IStoreItem storeItem:
                storeItem.ETag = etag;
                break;
            case IDictionary<string, object> dictionary:
                dictionary[ETagKey] = etag;
                break;
        }

        return item;
    }

    /// <summary>A connection to the database, its schema created; for the other stores on the same file.</summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var schema = _schema;
        if (schema.IsValueCreated && schema.Value.IsFaulted)
        {
            // The database was unreachable (a missing disk, a bad path): try again rather than fail forever.
            Interlocked.CompareExchange(ref _schema, new Lazy<Task>(CreateSchemaAsync), schema);
        }

        await _schema.Value.WaitAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task CreateSchemaAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // WAL lets readers work while a turn writes, and a killed process loses no committed turn.
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA busy_timeout = 5000;
            CREATE TABLE IF NOT EXISTS bot_state(
                key TEXT PRIMARY KEY,
                etag TEXT NOT NULL,
                document TEXT NOT NULL,
                updated_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS directline_activities(
                conversation_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                activity TEXT NOT NULL,
                PRIMARY KEY (conversation_id, position));
            CREATE TABLE IF NOT EXISTS transcript_activities(
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation_id TEXT NOT NULL,
                channel_id TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                at TEXT NOT NULL,
                activity TEXT NOT NULL,
                UNIQUE (conversation_id, activity_id));
            CREATE TABLE IF NOT EXISTS conversations(
                conversation_id TEXT PRIMARY KEY,
                channel_id TEXT NOT NULL,
                locale TEXT NOT NULL,
                step TEXT NOT NULL,
                disposition TEXT NULL,
                urgency INTEGER NOT NULL,
                finished INTEGER NOT NULL,
                findings TEXT NOT NULL,
                specialists TEXT NOT NULL,
                tips TEXT NOT NULL,
                handoff INTEGER NOT NULL,
                evidence TEXT NOT NULL,
                started_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                reviewed_at TEXT NULL,
                reviewed_by TEXT NULL,
                notes TEXT NULL);
            CREATE INDEX IF NOT EXISTS conversations_by_urgency ON conversations(urgency DESC, started_at DESC);
            CREATE TABLE IF NOT EXISTS audit_log(
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT NULL,
                detail TEXT NULL);
            CREATE TABLE IF NOT EXISTS operators(
                id TEXT PRIMARY KEY,
                user_name TEXT NOT NULL,
                normalized_name TEXT NOT NULL UNIQUE,
                password_hash TEXT NULL,
                role TEXT NOT NULL,
                security_stamp TEXT NOT NULL,
                failed_count INTEGER NOT NULL,
                lockout_end TEXT NULL,
                created_at TEXT NOT NULL);
            """;
        await command.ExecuteNonQueryAsync();
    }
}
