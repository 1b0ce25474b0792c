using Npgsql;
using TriageBot.Storage.Database;

namespace TriageBot.Storage.Tests.Database;

/// <summary>PostgreSQL's schema comes from the versioned scripts, once, however many instances start together.</summary>
public sealed class PostgresDatabaseTests
{
    [SkippableFact]
    public async Task Four_instances_starting_at_once_apply_each_schema_version_exactly_once()
    {
        var first = (PostgresDatabase)await TestDatabases.NewAsync("Postgres");
        var connectionString = first.DataSource.ConnectionString;
        var instances = new[] { first }.Concat(Enumerable.Range(0, 3).Select(_ => new PostgresDatabase(connectionString))).ToList();

        var ready = await Task.WhenAll(instances.Select(i => i.IsReadyAsync()));

        Assert.All(ready, Assert.True);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_versions ORDER BY version", connection);
        var versions = new List<long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                versions.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(StorageDatabase.Scripts("Postgres").Select(s => (long)s.Version), versions);
        foreach (var instance in instances)
            await instance.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_job_lock_is_held_by_one_instance_at_a_time()
    {
        var first = (PostgresDatabase)await TestDatabases.NewAsync("Postgres");
        await using var second = new PostgresDatabase(first.DataSource.ConnectionString);

        var held = await first.TryLockAsync("job", CancellationToken.None);
        Assert.NotNull(held);
        Assert.Null(await second.TryLockAsync("job", CancellationToken.None));
        await using (await second.TryLockAsync("another job", CancellationToken.None))
        {
        }

        await held.DisposeAsync();
        await using var after = await second.TryLockAsync("job", CancellationToken.None);
        Assert.NotNull(after);
        await first.DisposeAsync();
    }
}
