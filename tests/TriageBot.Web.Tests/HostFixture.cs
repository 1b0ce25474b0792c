namespace TriageBot.Web.Tests;

/// <summary>One running host (Development, its own SQLite file) shared by a test class.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("triagebot-test-").FullName;
    private BotHostProcess? _host;

    internal BotHostProcess Host => _host!;

    public HttpClient Http { get; private set; } = null!;

    public string DataFolder => _data;

    public async Task InitializeAsync()
    {
        _host = await BotHostProcess.StartAsync(_data);
        Http = new HttpClient { BaseAddress = _host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _host!.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
