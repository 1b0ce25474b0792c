using Microsoft.Data.Sqlite;
using TriageBot.Storage.Database;

namespace TriageBot.Storage.Tests.Database;

/// <summary>
/// SQLite commits the writes of many turns together: each caller still sees its own write succeed or fail on
/// its own, and only after the commit that holds it.
/// </summary>
public sealed class GroupCommitTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("triagebot-group-").FullName;
    private readonly SqliteDatabase _database;
    private readonly BotStateStore _store;

    public GroupCommitTests()
    {
        _database = new SqliteDatabase($"Data Source={File}");
        _store = new BotStateStore(_database);
    }

    private string File => Path.Combine(_folder, "state.db");

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Two_hundred_turns_writing_at_once_are_all_committed_when_each_is_acknowledged()
    {
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => _store.WriteAsync(Change($"turn-{i}", i))));

        // Another connection sees them: they are committed, not waiting in the writer.
        Assert.Equal(200, await CountOnDiskAsync());
    }

    [Fact]
    public async Task A_write_holding_a_stale_etag_fails_alone_and_the_writes_beside_it_are_kept()
    {
        await _store.WriteAsync(Change("shared", 0));
        var stale = (IDictionary<string, object>)(await _store.ReadAsync(["shared"]))["shared"];
        await _store.WriteAsync(new Dictionary<string, object> { ["shared"] = stale });

        var others = Enumerable.Range(0, 50).Select(i => _store.WriteAsync(Change($"turn-{i}", i))).ToList();
        // Its first item is new and fine; the whole write goes, and only it.
        var conflict = _store.WriteAsync(new Dictionary<string, object> { ["half"] = Change("half", 1)["half"], ["shared"] = stale });
        await Task.WhenAll(others);

        await Assert.ThrowsAsync<StorageConflictException>(() => conflict);
        Assert.Equal(51, await CountOnDiskAsync());
        Assert.Empty(await _store.ReadAsync(["half"]));
    }

    [Fact]
    public async Task A_write_whose_turn_was_cancelled_is_not_stored()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.WriteAsync(Change("gone", 1), cancelled.Token));
        await _store.WriteAsync(Change("kept", 2));

        Assert.Equal(["kept"], (await _store.ReadAsync(["gone", "kept"])).Keys);
    }

    private static Dictionary<string, object> Change(string key, int turn) =>
        new() { [key] = new Dictionary<string, object> { ["turn"] = turn } };

    private async Task<long> CountOnDiskAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={File};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM bot_state";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
