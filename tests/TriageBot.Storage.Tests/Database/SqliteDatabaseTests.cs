using Microsoft.Data.Sqlite;
using TriageBot.Storage.Database;

namespace TriageBot.Storage.Tests.Database;

/// <summary>The default database: one file, created with its folder on first use, its schema versioned.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("triagebot-sqlite-").FullName;

    private string File => Path.Combine(_folder, "nested", "state.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_file_and_its_folder_are_created_with_every_schema_version_recorded()
    {
        var database = new SqliteDatabase($"Data Source={File}");
        Assert.True(await database.IsReadyAsync());
        Assert.True(System.IO.File.Exists(File));
        Assert.Equal(StorageDatabase.Scripts("Sqlite").Select(s => (long)s.Version), await VersionsAsync());

        // A second start applies nothing twice.
        Assert.True(await new SqliteDatabase($"Data Source={File}").IsReadyAsync());
        Assert.Equal(StorageDatabase.Scripts("Sqlite").Select(s => (long)s.Version), await VersionsAsync());
    }

    [Fact]
    public async Task Stored_json_naming_a_foreign_type_is_refused_on_read()
    {
        var database = new SqliteDatabase($"Data Source={File}");
        var storage = new BotStateStore(database);
        Assert.True(await database.IsReadyAsync());
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
        Assert.False(await new SqliteDatabase($"Data Source={Path.Combine(blocker, "state.db")}").IsReadyAsync());
    }

    private async Task<List<long>> VersionsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={File}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_versions ORDER BY version";
        var versions = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            versions.Add(reader.GetInt64(0));
        return versions;
    }
}
