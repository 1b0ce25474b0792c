using System.Net;

namespace TriageBot.Web.Tests.Operators;

/// <summary>Who may open what in the console, and how sign-in holds against guessing and forged forms.</summary>
public sealed class ConsoleAccessTests(ConsoleHostFixture host) : IClassFixture<ConsoleHostFixture>
{
    public static TheoryData<string> Pages { get; } = new()
    {
        "/operator",
        "/operator/conversations/some-conversation",
        "/operator/export",
        "/operator/admin/audit",
        "/operator/admin/accounts",
    };

    public static TheoryData<string> AdministratorPages { get; } = new() { "/operator/admin/audit", "/operator/admin/accounts" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string path)
    {
        using var visitor = new ConsoleClient(host.BaseAddress);
        using var response = await visitor.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/operator/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_console_json_answers_401_to_an_anonymous_visitor()
    {
        using var visitor = new ConsoleClient(host.BaseAddress);
        using var response = await visitor.GetAsync("/operator/api/emergencies?after=2020-01-01T00:00:00Z");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_post_to_a_console_form_changes_nothing()
    {
        using var visitor = new ConsoleClient(host.BaseAddress);
        using var review = await visitor.PostAsync("/operator/conversations/some-conversation?handler=Review", new Dictionary<string, string> { ["reviewed"] = "true" });
        Assert.NotEqual(HttpStatusCode.OK, review.StatusCode);
        Assert.True(review.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"got {(int)review.StatusCode}");
        using var account = await visitor.PostAsync("/operator/admin/accounts", new Dictionary<string, string> { ["userName"] = "mallory", ["password"] = "a long enough password", ["role"] = "administrator" });
        using var mallory = new ConsoleClient(host.BaseAddress);
        using var signIn = await mallory.SignInAsync("mallory", "a long enough password");
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdministratorPages))]
    public async Task An_operator_is_refused_on_administrator_pages(string path)
    {
        using var otto = await ConsoleClient.SignedInAsync(host.BaseAddress, "otto", ConsoleHostFixture.Password);
        using var response = await otto.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/operator/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var (status, page) = await otto.PageAsync("/operator/denied");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("for administrators", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_cannot_create_accounts_even_with_a_valid_form_token()
    {
        using var otto = await ConsoleClient.SignedInAsync(host.BaseAddress, "otto", ConsoleHostFixture.Password);
        var (_, list) = await otto.PageAsync("/operator");
        // The sign-out form's token: genuine for otto, so only the role check can stop the post.
        var token = list.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        using var post = await otto.PostAsync("/operator/admin/accounts", new Dictionary<string, string>
        {
            ["userName"] = "eve", ["password"] = "a long enough password", ["role"] = "administrator", ["__RequestVerificationToken"] = token,
        });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/operator/denied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_opens_the_administrator_pages_and_adds_an_operator()
    {
        using var ada = await ConsoleClient.SignedInAsync(host.BaseAddress, "ada", ConsoleHostFixture.Password);
        var (status, _) = await ada.PageAsync("/operator/admin/audit");
        Assert.Equal(HttpStatusCode.OK, status);
        using var added = await ada.SubmitAsync("/operator/admin/accounts", new Dictionary<string, string>
        {
            ["userName"] = "olga", ["password"] = "another long password", ["role"] = "operator",
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Created olga", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var olga = await ConsoleClient.SignedInAsync(host.BaseAddress, "olga", "another long password");
        var (listStatus, _) = await olga.PageAsync("/operator");
        Assert.Equal(HttpStatusCode.OK, listStatus);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        using var ada = await ConsoleClient.SignedInAsync(host.BaseAddress, "ada", ConsoleHostFixture.Password);
        using var forged = await ada.PostAsync("/operator/admin/accounts", new Dictionary<string, string>
        {
            ["userName"] = "forged", ["password"] = "a long enough password", ["role"] = "administrator",
        });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var (_, accounts) = await ada.PageAsync("/operator/admin/accounts");
        Assert.DoesNotContain("forged", accounts.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one_and_the_audit_log_says_so()
    {
        using var ada = await ConsoleClient.SignedInAsync(host.BaseAddress, "ada", ConsoleHostFixture.Password);
        using var created = await ada.SubmitAsync("/operator/admin/accounts", new Dictionary<string, string>
        {
            ["userName"] = "lena", ["password"] = "lena's long password", ["role"] = "operator",
        });
        using var guesser = new ConsoleClient(host.BaseAddress);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await guesser.SignInAsync("lena", $"guess number {i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await guesser.SignInAsync("lena", "lena's long password");
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (_, audit) = await ada.PageAsync("/operator/admin/audit?action=locked_out");
        Assert.Contains(audit.QuerySelectorAll("tbody tr"), row => row.Children[1].TextContent == "lena");
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer()
    {
        using var visitor = new ConsoleClient(host.BaseAddress);
        using var wrongPassword = await visitor.SignInAsync("otto", "not otto's password");
        using var unknown = await visitor.SignInAsync("nobody", "not anyone's password");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("user name or password is not right", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("user name or password is not right", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
