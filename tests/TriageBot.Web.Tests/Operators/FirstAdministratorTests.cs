using System.Net;
using System.Text.RegularExpressions;

namespace TriageBot.Web.Tests.Operators;

/// <summary>No default password: the first administrator comes from a one-time link the host prints at start.</summary>
public sealed partial class FirstAdministratorTests
{
    [Fact]
    public async Task The_link_printed_at_first_start_creates_the_administrator_once_and_then_stops_working()
    {
        using var data = new TempFolder();
        await using var host = await BotHostProcess.StartAsync(data.Path);
        var link = (await host.WaitForLineAsync(SetupLink(), TimeSpan.FromSeconds(30))).Groups[1].Value;
        var path = new Uri(link).PathAndQuery;

        using var anyone = new ConsoleClient(host.BaseAddress);
        var (wrongTokenStatus, _) = await anyone.PageAsync("/operator/setup?token=guessed");
        Assert.Equal(HttpStatusCode.NotFound, wrongTokenStatus);

        using var tooShort = await anyone.SubmitAsync(path, new Dictionary<string, string> { ["userName"] = "ada", ["password"] = "short" });
        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var created = await anyone.SubmitAsync(path, new Dictionary<string, string> { ["userName"] = "ada", ["password"] = "a password of some length" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (status, page) = await anyone.PageAsync("/operator/admin/accounts");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(page.QuerySelectorAll("tbody tr"), row => row.Children[0].TextContent == "ada" && row.Children[1].TextContent == "administrator");

        using var stranger = new ConsoleClient(host.BaseAddress);
        var (again, _) = await stranger.PageAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, again);
    }

    [Fact]
    public async Task No_link_is_printed_once_an_administrator_exists()
    {
        using var data = new TempFolder();
        await ConsoleHostFixture.AddAccountAsync(data.Path, "ada", "administrator", ConsoleHostFixture.Password);
        await using var host = await BotHostProcess.StartAsync(data.Path);
        var console = await host.WaitForLineAsync(ConsoleLink(), TimeSpan.FromSeconds(30));
        Assert.Equal(host.BaseAddress, new Uri(new Uri(console.Groups[1].Value), "/"));
        Assert.DoesNotMatch(SetupLink(), host.Output);
    }

    [GeneratedRegex(@"Open (http://\S+/operator/setup\?token=\S+) to create one")]
    private static partial Regex SetupLink();

    [GeneratedRegex(@"Operators' console: (http://\S+/operator)")]
    private static partial Regex ConsoleLink();
}
