using TriageBot.Storage.Database;
using TriageBot.Storage.Tests.Database;

namespace TriageBot.Storage.Tests;

/// <summary>Bot state on a real database of each provider: round trips, ETags, a second store on the same data.</summary>
public sealed class BotStateStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_dictionary_as_bot_state_stores_it_comes_back_with_its_types_and_an_etag(string provider)
    {
        var storage = new BotStateStore(await TestDatabases.NewAsync(provider));
        await storage.WriteAsync(new Dictionary<string, object> { ["c1"] = new Dictionary<string, object> { ["note"] = new StoredNote { Text = "x" } } });

        var read = (IDictionary<string, object>)(await storage.ReadAsync(["c1"]))["c1"];

        Assert.Equal("x", Assert.IsType<StoredNote>(read["note"]).Text);
        Assert.False(string.IsNullOrEmpty(read["eTag"] as string));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_write_with_a_stale_etag_is_refused_and_the_saved_value_is_kept(string provider)
    {
        var storage = new BotStateStore(await TestDatabases.NewAsync(provider));
        await storage.WriteAsync(Change("n", new StoredNote { Text = "first" }));
        var stale = (StoredNote)(await storage.ReadAsync(["n"]))["n"];
        var fresh = (StoredNote)(await storage.ReadAsync(["n"]))["n"];
        fresh.Text = "second";
        await storage.WriteAsync(Change("n", fresh));

        stale.Text = "lost update";
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(Change("n", stale)));
        Assert.Equal("second", ((StoredNote)(await storage.ReadAsync(["n"]))["n"]).Text);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_item_believed_new_is_refused_when_one_was_saved_meanwhile(string provider)
    {
        var storage = new BotStateStore(await TestDatabases.NewAsync(provider));
        await storage.WriteAsync(Change("n", new StoredNote { Text = "first turn" }));
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(Change("n", new StoredNote { Text = "racing first turn" })));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_star_etag_overwrites_unconditionally(string provider)
    {
        var storage = new BotStateStore(await TestDatabases.NewAsync(provider));
        await storage.WriteAsync(Change("n", new StoredNote { Text = "first" }));
        await storage.WriteAsync(Change("n", new StoredNote { Text = "forced", ETag = "*" }));
        Assert.Equal("forced", ((StoredNote)(await storage.ReadAsync(["n"]))["n"]).Text);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_batch_with_one_conflict_writes_nothing(string provider)
    {
        var storage = new BotStateStore(await TestDatabases.NewAsync(provider));
        await storage.WriteAsync(Change("a", new StoredNote { Text = "a" }));
        var batch = new Dictionary<string, object> { ["b"] = new StoredNote { Text = "b" }, ["a"] = new StoredNote { Text = "a again" } };
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(batch));
        Assert.Empty(await storage.ReadAsync(["b"]));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Deleted_and_missing_keys_read_as_nothing(string provider)
    {
        var storage = new BotStateStore(await TestDatabases.NewAsync(provider));
        await storage.WriteAsync(Change("n", new StoredNote { Text = "x" }));
        await storage.DeleteAsync(["n", "never-there"]);
        Assert.Empty(await storage.ReadAsync(["n", "never-there"]));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task What_one_store_saved_another_store_on_the_same_database_reads(string provider)
    {
        var database = await TestDatabases.NewAsync(provider);
        await new BotStateStore(database).WriteAsync(Change("n", new StoredNote { Text = "kept" }));
        Assert.Equal("kept", ((StoredNote)(await new BotStateStore(database).ReadAsync(["n"]))["n"]).Text);
    }

    private static Dictionary<string, object> Change(string key, object value) => new() { [key] = value };
}
