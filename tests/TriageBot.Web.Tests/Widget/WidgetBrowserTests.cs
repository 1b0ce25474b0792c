using Microsoft.Playwright;

namespace TriageBot.Web.Tests.Widget;

/// <summary>
/// The demo clinic page in Debian's Chromium (headless, never a downloaded browser): a patient opens the widget,
/// clicks through a self-care conversation, types an emergency, reloads and sees the history. Screenshots land in
/// the test output's screenshots/ folder.
/// </summary>
public sealed class WidgetBrowserTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly string Screenshots = DebianChromium.Screenshots;

    [SkippableFact]
    public async Task A_patient_clicks_through_to_self_care_types_an_emergency_and_keeps_the_history_after_a_reload()
    {
        DebianChromium.Require();
        Directory.CreateDirectory(Screenshots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 800 } });
        var refused = DebianChromium.CspViolations(page);
        await page.GotoAsync(fixture.Http.BaseAddress!.ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Back numbness or pain? Ask us" }).ClickAsync();
        await Said(page, "What do you feel");
        foreach (var (reply, next) in new[]
        {
            ("Pain", "Where do you feel it?"),
            ("Lower back", "Do you have any of these as well?"),
            ("None of these", "Is anything else going on?"),
            ("None of these", "How do you sleep?"),
            ("Mattress too hard or soft", "How do you spend your day"),
            ("Sitting for long hours", "This looks like something you can look after yourself"),
        })
        {
            await page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = reply, Exact = true }).ClickAsync();
            await Said(page, next);
        }

        await Said(page, "medium-firm (orthopedic) mattress");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "1-self-care.png") });

        var input = page.Locator(".triagebot-chat input, .triagebot-chat textarea").First;
        await input.FillAsync("Start over");
        await input.PressAsync("Enter");
        await Said(page, "start again from the beginning");
        await input.FillAsync("My upper back is numb and there's a heavy pressure in my chest");
        await input.PressAsync("Enter");
        await Said(page, "Call an ambulance now.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "2-emergency.png") });

        await page.ReloadAsync();
        await Said(page, "Call an ambulance now.");
        await Said(page, "This looks like something you can look after yourself");
        await page.SetViewportSizeAsync(390, 760);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "3-reloaded-phone.png") });
        Assert.Empty(refused); // the demo page's Content Security Policy leaves the widget whole
    }

    [SkippableFact]
    public async Task A_patient_whose_chest_feels_funny_is_asked_about_it_and_clicking_yes_calls_the_ambulance()
    {
        DebianChromium.Require();
        Directory.CreateDirectory(Screenshots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 800 } });
        await page.GotoAsync(fixture.Http.BaseAddress!.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Back numbness or pain? Ask us" }).ClickAsync();
        await Said(page, "What do you feel");

        var input = page.Locator(".triagebot-chat input, .triagebot-chat textarea").First;
        await input.FillAsync("my upper back is numb and my chest feels kind of funny");
        await input.PressAsync("Enter");
        await Said(page, "Do you feel pressure, tightness, heaviness or pain in your chest?");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "5-clarify.png") });

        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        await Said(page, "Call an ambulance now.");
        await Said(page, "chest pressure");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "6-clarify-yes-emergency.png") });
    }

    [SkippableFact]
    public async Task The_widget_opens_from_the_keyboard_as_a_labelled_dialog_and_escape_closes_it()
    {
        DebianChromium.Require();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{fixture.Http.BaseAddress}?lang=ru");
        var open = page.GetByRole(AriaRole.Button, new() { Name = "Онемение или боль в спине? Спросите нас" });

        await open.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Помощник клиники" });
        await dialog.WaitForAsync(new() { Timeout = 20_000 });
        await Said(page, "Что вы чувствуете");
        Assert.Equal("true", await open.GetAttributeAsync("aria-expanded"));

        await page.Keyboard.PressAsync("Escape");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 5_000 });
        Assert.Equal("false", await open.GetAttributeAsync("aria-expanded"));
        Assert.True(await open.EvaluateAsync<bool>("button => document.activeElement === button"));
    }

    [SkippableFact]
    public async Task When_a_message_cannot_reach_the_bot_the_widget_names_the_emergency_number()
    {
        DebianChromium.Require();
        using var data = new TempFolder();
        var host = await BotHostProcess.StartAsync(data.Path);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Back numbness or pain? Ask us" }).ClickAsync();
        await Said(page, "What do you feel");

        await host.KillAsync();
        await host.DisposeAsync();
        var input = page.Locator(".triagebot-chat input, .triagebot-chat textarea").First;
        await input.FillAsync("Heavy pressure in my chest");
        await input.PressAsync("Enter");

        // Web Chat calls a message impeded after 20 seconds without an answer from the host.
        var notice = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "In an emergency call 112." });
        await notice.WaitForAsync(new() { Timeout = 45_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "4-unreachable.png") });
    }

    /// <summary>Waits (bounded) for the bot's words to be on the page; Web Chat also renders them for screen readers.</summary>
    private static Task Said(IPage page, string words) =>
        page.GetByText(words, new() { Exact = false }).First.WaitForAsync(new() { Timeout = 20_000 });
}
