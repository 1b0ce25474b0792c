using System.Net;

namespace TriageBot.Web.Tests.Operators;

/// <summary>With OpenID Connect configured, the clinic's identity provider decides who is an operator or an administrator.</summary>
public sealed class OpenIdConnectSignInTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("triagebot-oidc-").FullName;
    private FakeIdentityProvider _provider = null!;
    private BotHostProcess _host = null!;

    public async Task InitializeAsync()
    {
        _provider = await FakeIdentityProvider.StartAsync();
        _host = await BotHostProcess.StartAsync(_data, settings: new Dictionary<string, string>
        {
            ["Operators__OpenIdConnect__Authority"] = _provider.Authority.ToString(),
            ["Operators__OpenIdConnect__ClientId"] = FakeIdentityProvider.ClientId,
            ["Operators__OpenIdConnect__ClientSecret"] = "test-secret",
            ["Operators__OpenIdConnect__RequireHttpsMetadata"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _provider.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task A_user_with_the_operator_role_reaches_the_list_but_not_the_administrator_pages()
    {
        _provider.NextUser = ("nurse@clinic.example", ["TriageBot.Operator"]);
        using var nurse = new ConsoleClient(_host.BaseAddress);
        Assert.Equal("/operator", await SignInThroughProviderAsync(nurse));
        var (status, list) = await nurse.PageAsync("/operator");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("nurse@clinic.example", list.QuerySelector("header .who")!.TextContent);
        using var audit = await nurse.GetAsync("/operator/admin/audit");
        Assert.StartsWith("/operator/denied", audit.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_with_the_administrator_role_reads_the_audit_log_which_shows_the_sign_in()
    {
        _provider.NextUser = ("head@clinic.example", ["TriageBot.Administrator"]);
        using var head = new ConsoleClient(_host.BaseAddress);
        await SignInThroughProviderAsync(head);
        var (status, audit) = await head.PageAsync("/operator/admin/audit?action=signed_in");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(audit.QuerySelectorAll("tbody tr"), r => r.Children[1].TextContent == "head@clinic.example" && r.Children[4].TextContent == "OpenID Connect");
    }

    [Fact]
    public async Task A_user_without_a_triagebot_role_is_not_signed_in()
    {
        _provider.NextUser = ("visitor@clinic.example", ["Some.Other.App"]);
        using var visitor = new ConsoleClient(_host.BaseAddress);
        Assert.Equal("/operator/signin?failed=oidc", await SignInThroughProviderAsync(visitor));
        var (_, page) = await visitor.PageAsync("/operator/signin?failed=oidc");
        Assert.Contains("ask an administrator for a TriageBot role", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        using var list = await visitor.GetAsync("/operator");
        Assert.StartsWith("/operator/signin", list.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>Follows the redirects a browser would: console → provider → console callback; returns where it lands.</summary>
    private async Task<string?> SignInThroughProviderAsync(ConsoleClient browser)
    {
        var (_, signInPage) = await browser.PageAsync("/operator/signin");
        var start = signInPage.QuerySelector("a[href^='/operator/signin/oidc']")!.GetAttribute("href")!;
        using var challenge = await browser.GetAsync(start);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(_provider.Authority.ToString(), authorize.ToString(), StringComparison.Ordinal);
        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorized = await provider.GetAsync(authorize);
        var callback = authorized.Headers.Location!;
        using var landed = await browser.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, landed.StatusCode);
        return landed.Headers.Location?.OriginalString;
    }
}
