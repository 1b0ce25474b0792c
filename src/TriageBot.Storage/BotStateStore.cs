using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using System.Data.Common;
using TriageBot.Storage.Database;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TriageBot.Storage;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on the shared database, with ETag optimistic concurrency so two turns of
/// one conversation cannot overwrite each other: a write that holds a stale ETag (or believes an existing item
/// is new) throws <see cref="StorageConflictException"/>, and the turn runs again on the saved state.
/// </summary>
public sealed class BotStateStore(StorageDatabase database) : IStorage
{
    private const string ETagKey = "eTag";
    private readonly JsonSerializer _serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new StoredTypesBinder(),
        MaxDepth = 64,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>();
        if (keys.Length == 0)
            return items;
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var key in keys.Distinct())
        {
            await using var command = connection.Command("SELECT etag, document FROM bot_state WHERE key = @key", null, ("@key", key));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
                items[key] = WithETag(JToken.Parse(database.Open(reader.GetString(1))).ToObject<object>(_serializer)!, reader.GetString(0));
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
            return;
        // Serialised and sealed before the write, so the database's writer only runs statements.
        var rows = changes.Select(change =>
        {
            var (document, etag) = Document(change.Value);
            var sql = etag switch
            {
                "*" => Upsert,
                null or "" => "INSERT INTO bot_state(key, etag, document, updated_at) VALUES (@key, @new, @doc, @now) ON CONFLICT(key) DO NOTHING",
                _ => "UPDATE bot_state SET etag = @new, document = @doc, updated_at = @now WHERE key = @key AND etag = @etag",
            };
            (string, object?)[] parameters =
            [
                ("@key", change.Key), ("@new", Guid.NewGuid().ToString("N")), ("@doc", database.Seal(document)), ("@now", DateTimeOffset.UtcNow.Stored()),
            ];
            return (change.Key, Sql: sql, Parameters: etag is null or "" or "*" ? parameters : [.. parameters, ("@etag", etag)]);
        }).ToList();
        await database.WriteAsync(
            async (connection, transaction, token) =>
            {
                foreach (var (key, sql, parameters) in rows)
                {
                    if (await connection.ExecuteAsync(sql, transaction, token, parameters) == 0)
                        throw new StorageConflictException($"The item '{key}' was changed by another turn.");
                }
            },
            cancellationToken);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await database.WriteAsync(
            async (connection, transaction, token) =>
            {
                foreach (var key in keys)
                    await connection.ExecuteAsync("DELETE FROM bot_state WHERE key = @key", transaction, token, ("@key", key));
            },
            cancellationToken);
    }

    /// <summary>Deletes state not written since <paramref name="before"/> (the retention period), and says how much.</summary>
    public async Task<int> DeleteNotUpdatedSinceAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM bot_state WHERE updated_at < @before", null, cancellationToken, ("@before", before.Stored()));
    }

    private const string Upsert =
        "INSERT INTO bot_state(key, etag, document, updated_at) VALUES (@key, @new, @doc, @now) " +
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
}
