using System.Net;

namespace TriageBot.Web.Tests.Apis;

public sealed class HealthApiTests
{
    [Fact]
    public async Task A_running_host_with_its_database_is_live_and_ready()
    {
        using var data = new TempFolder();
        await using var host = await BotHostProcess.StartAsync(data.Path);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task A_host_whose_database_cannot_be_opened_is_live_but_not_ready()
    {
        using var data = new TempFolder();
        var blocker = Path.Combine(data.Path, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        await using var host = await BotHostProcess.StartAsync(blocker);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health/ready")).StatusCode);
    }
}
