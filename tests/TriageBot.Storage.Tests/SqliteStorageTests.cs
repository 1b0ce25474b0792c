using Microsoft.Data.Sqlite;

namespace TriageBot.Storage.Tests;

/// <summary>Bot state on a real SQLite file: round trips, ETags, restarts, refusal of foreign types.</summary>
public sealed class SqliteStorageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("triagebot-storage-").FullName;

    private string File => Path.Combine(_folder, "nested", "state.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_dictionary_as_bot_state_stores_it_comes_back_with_its_types_and_an_etag()
    {
        var storage = Open();
        await storage.WriteAsync(new Dictionary<string, object> { ["c1"] = new Dictionary<string, object> { ["note"] = new StoredNote { Text = "x" } } });

        var read = (IDictionary<string, object>)(await storage.ReadAsync(["c1"]))["c1"];

        Assert.Equal("x", Assert.IsType<StoredNote>(read["note"]).Text);
        Assert.False(string.IsNullOrEmpty(read["eTag"] as string));
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_the_saved_value_is_kept()
    {
        var storage = Open();
        await storage.WriteAsync(Change("n", new StoredNote { Text = "first" }));
        var stale = (StoredNote)(await storage.ReadAsync(["n"]))["n"];
        var fresh = (StoredNote)(await storage.ReadAsync(["n"]))["n"];
        fresh.Text = "second";
        await storage.WriteAsync(Change("n", fresh));

        stale.Text = "lost update";
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(Change("n", stale)));
        Assert.Equal("second", ((StoredNote)(await storage.ReadAsync(["n"]))["n"]).Text);
    }

    [Fact]
    public async Task An_item_believed_new_is_refused_when_one_was_saved_meanwhile()
    {
        var storage = Open();
        await storage.WriteAsync(Change("n", new StoredNote { Text = "first turn" }));
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(Change("n", new StoredNote { Text = "racing first turn" })));
    }

    [Fact]
    public async Task A_star_etag_overwrites_unconditionally()
    {
        var storage = Open();
        await storage.WriteAsync(Change("n", new StoredNote { Text = "first" }));
        await storage.WriteAsync(Change("n", new StoredNote { Text = "forced", ETag = "*" }));
        Assert.Equal("forced", ((StoredNote)(await storage.ReadAsync(["n"]))["n"]).Text);
    }

    [Fact]
    public async Task A_batch_with_one_conflict_writes_nothing()
    {
        var storage = Open();
        await storage.WriteAsync(Change("a", new StoredNote { Text = "a" }));
        var batch = new Dictionary<string, object> { ["b"] = new StoredNote { Text = "b" }, ["a"] = new StoredNote { Text = "a again" } };
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(batch));
        Assert.Empty(await storage.ReadAsync(["b"]));
    }

    [Fact]
    public async Task Deleted_and_missing_keys_read_as_nothing()
    {
        var storage = Open();
        await storage.WriteAsync(Change("n", new StoredNote { Text = "x" }));
        await storage.DeleteAsync(["n", "never-there"]);
        Assert.Empty(await storage.ReadAsync(["n", "never-there"]));
    }

    [Fact]
    public async Task What_was_saved_survives_a_new_storage_on_the_same_file()
    {
        await Open().WriteAsync(Change("n", new StoredNote { Text = "kept" }));
        Assert.Equal("kept", ((StoredNote)(await Open().ReadAsync(["n"]))["n"]).Text);
        Assert.True(System.IO.File.Exists(File));
    }

    [Fact]
    public async Task Stored_json_naming_a_foreign_type_is_refused_on_read()
    {
        var storage = Open();
        Assert.True(await storage.IsReadyAsync());
        await using (var connection = new SqliteConnection($"Data Source={File}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO bot_state VALUES ('evil', 'e1', '{\"$type\":\"System.Diagnostics.Process, System.Diagnostics.Process\"}', '')";
            await command.ExecuteNonQueryAsync();
        }

        await Assert.ThrowsAsync<Newtonsoft.Json.JsonSerializationException>(() => storage.ReadAsync(["evil"]));
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_is_not_ready()
    {
        var blocker = Path.Combine(_folder, "a-file");
        await System.IO.File.WriteAllTextAsync(blocker, "not a folder");
        var storage = new SqliteStorage($"Data Source={Path.Combine(blocker, "state.db")}");
        Assert.False(await storage.IsReadyAsync());
    }

    private SqliteStorage Open() => new($"Data Source={File}");

    private static Dictionary<string, object> Change(string key, object value) => new() { [key] = value };
}
