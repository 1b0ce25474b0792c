using Microsoft.Playwright;

namespace TriageBot.Web.Tests.Operators;

/// <summary>
/// An operator's morning in Chromium: sign in, the emergency on top, its transcript with the finding marked,
/// mark it reviewed, export the list, and a new emergency arriving while the list is open. Screenshots at laptop
/// and tablet width land in the test output's screenshots/ folder.
/// </summary>
public sealed class ConsoleBrowserTests(ConsoleHostFixture host) : IClassFixture<ConsoleHostFixture>
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 20_000 };

    [SkippableFact]
    public async Task An_operator_signs_in_opens_the_emergency_on_top_marks_it_reviewed_and_exports_the_list()
    {
        DebianChromium.Require();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var emergency = new Patient(http);
        await emergency.SayAsync("My upper back is numb and there is a heavy pressure in my chest");
        await new Patient(http).SayAsync("My lower back hurts after gardening");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, AcceptDownloads = true });
        var refused = DebianChromium.CspViolations(page);
        await page.GotoAsync(new Uri(host.BaseAddress, "/operator").ToString());
        await page.GetByLabel("User name").FillAsync("otto");
        await page.GetByLabel("Password").FillAsync(ConsoleHostFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var firstRow = page.Locator("#conversations tr").First;
        await firstRow.WaitForAsync(Soon);
        Assert.Equal("emergency", await firstRow.Locator(".badge").TextContentAsync());
        Assert.Equal($"/operator/conversations/{emergency.ConversationId}", await firstRow.Locator("a").GetAttributeAsync("href"));
        await DebianChromium.ScreenshotAsync(page, "console-1-list-laptop.png");

        await firstRow.Locator("a").ClickAsync();
        var finding = page.Locator(".bubble.patient mark[data-finding=chest_pressure]");
        await finding.WaitForAsync(Soon);
        Assert.Contains("pressure", await finding.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("rgb(255, 224, 138)", await finding.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark reviewed" }).ClickAsync();
        await page.GetByText("yes, by otto").WaitForAsync(Soon);
        await DebianChromium.ScreenshotAsync(page, "console-2-conversation-laptop.png");
        await page.SetViewportSizeAsync(768, 1024);
        await DebianChromium.ScreenshotAsync(page, "console-3-conversation-tablet.png");

        await page.GotoAsync(new Uri(host.BaseAddress, "/operator?disposition=emergency").ToString());
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("conversation_id,", csv, StringComparison.Ordinal);
        Assert.Contains($"{emergency.ConversationId},", csv, StringComparison.Ordinal);
        Assert.Contains(",otto", csv, StringComparison.Ordinal);
        Assert.Empty(refused);
    }

    [SkippableFact]
    public async Task A_new_emergency_appears_at_the_top_of_the_open_list_without_a_reload()
    {
        DebianChromium.Require();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await page.GotoAsync(new Uri(host.BaseAddress, "/operator/signin").ToString());
        await page.GetByLabel("User name").FillAsync("otto");
        await page.GetByLabel("Password").FillAsync(ConsoleHostFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("#live").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 20_000 });

        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var patient = new Patient(http, "ru-RU");
        await patient.SayAsync("Давит в груди и немеет спина");

        var arrived = page.Locator($"#conversations tr.fresh a[href='/operator/conversations/{patient.ConversationId}']");
        await arrived.WaitForAsync(Soon);
        Assert.Equal($"/operator/conversations/{patient.ConversationId}", await page.Locator("#conversations tr a").First.GetAttributeAsync("href"));
        await DebianChromium.ScreenshotAsync(page, "console-4-live-emergency.png");
    }
}
