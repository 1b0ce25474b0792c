using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TriageBot.Tests.Shared;

/// <summary>
/// A real PostgreSQL server of the test's (or the benchmark's) own: Debian's postgresql package, initdb on a
/// temporary folder, pg_ctl on a free loopback port, stopped and deleted afterwards.
/// </summary>
internal sealed partial class PostgresServer : IAsyncDisposable
{
    private const string User = "triagebot";
    private readonly string _folder;
    private readonly string _bin;

    private PostgresServer(string folder, string bin, int port)
    {
        _folder = folder;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Timeout=15;Command Timeout=30";

    /// <summary>Whether Debian's postgresql package is installed here.</summary>
    public static bool Installed => Bin() is not null;

    public static async Task<PostgresServer> StartAsync()
    {
        if (!Installed)
            throw new InvalidOperationException("PostgreSQL's initdb is missing under /usr/lib/postgresql: apt-get install postgresql.");
        var folder = Directory.CreateTempSubdirectory("triagebot-pg-").FullName;
        var server = new PostgresServer(folder, Bin()!, FreePort());
        var data = Path.Combine(folder, "data");
        // initdb and postgres refuse to run as root: as root (CI containers), they run as the package's user.
        if (Environment.UserName == "root")
            await server.RunAsync("chown", "-R", "postgres:postgres", folder);
        await server.RunPostgresAsync("initdb", "-D", data, "-U", User, "--auth=trust", "-E", "UTF8", "--no-locale");
        await server.ResumeAsync();
        return server;
    }

    /// <summary>Stops the server as an outage would (connections are cut); <see cref="ResumeAsync"/> brings it back.</summary>
    public async Task InterruptAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
    }

    public Task ResumeAsync() =>
        RunPostgresAsync(
            "pg_ctl", "-D", Path.Combine(_folder, "data"), "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200");

    /// <summary>A new, empty database on this server, for one test class.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        Directory.Delete(_folder, recursive: true);
    }

    private static string? Bin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunPostgresAsync(string tool, params string[] arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await errors}");
    }
}
