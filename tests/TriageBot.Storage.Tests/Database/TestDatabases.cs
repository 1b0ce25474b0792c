using TriageBot.Storage.Database;
using TriageBot.Tests.Shared;

namespace TriageBot.Storage.Tests.Database;

/// <summary>
/// A fresh database of either provider for one test, so every store is held to the same behaviour on SQLite and
/// on PostgreSQL. One PostgreSQL server serves the whole run (a database per test), stopped when the run ends.
/// </summary>
internal static class TestDatabases
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("triagebot-storage-").FullName;
    private static readonly Lazy<Task<PostgresServer>> Server = new(StartServerAsync);

    public static TheoryData<string> Providers { get; } = new() { "Sqlite", "Postgres" };

    public static async Task<StorageDatabase> NewAsync(string provider)
    {
        if (provider == "Sqlite")
            return new SqliteDatabase($"Data Source={Path.Combine(Folder, $"{Guid.NewGuid():N}.db")}");
        PostgresServer.Require();
        return new PostgresDatabase(await (await Server.Value).CreateDatabaseAsync());
    }

    private static async Task<PostgresServer> StartServerAsync()
    {
        var server = await PostgresServer.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }

    static TestDatabases() =>
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Folder, recursive: true);
        };
}
