using System.Diagnostics;

namespace TriageBot.Web.Tests.Operators;

/// <summary>
/// A running host with two console accounts made the way a clinic makes them from the command line: the
/// administrator "ada" and the operator "otto".
/// </summary>
public sealed class ConsoleHostFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    private readonly string _data = Directory.CreateTempSubdirectory("triagebot-console-").FullName;
    private BotHostProcess? _host;

    public Uri BaseAddress => _host!.BaseAddress;

    public string DataFolder => _data;

    internal BotHostProcess Host => _host!;

    public async Task InitializeAsync()
    {
        await AddAccountAsync(_data, "ada", "administrator", Password);
        await AddAccountAsync(_data, "otto", "operator", Password);
        _host = await BotHostProcess.StartAsync(_data);
    }

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    /// <summary>Runs <c>TriageBot.Web operators add NAME ROLE</c> with the password on standard input.</summary>
    internal static async Task AddAccountAsync(string dataFolder, string name, string role, string password)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "TriageBot.Web.dll"), "operators", "add", name, role })
            start.ArgumentList.Add(arg);
        start.Environment["Storage__DataFolder"] = dataFolder;
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync(password);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"operators add {name}: {await output}{await errors}");
    }
}
