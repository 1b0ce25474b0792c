using Microsoft.Playwright;

namespace TriageBot.Web.Tests;

/// <summary>
/// Browser tests run in Debian's Chromium, never a downloaded browser. Outside CI a missing package skips the
/// test with the package's name; in CI (CI=true) it fails, so a missing install step in .ci/run shows.
/// </summary>
internal static class DebianChromium
{
    public const string Path = "/usr/bin/chromium";

    public static string Screenshots { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static void Require()
    {
        var present = File.Exists(Path);
        if (!present && Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail($"{Path} is missing: .ci/run must install Debian's chromium package.");
        Skip.IfNot(present, $"needs Debian's chromium package at {Path} (apt-get install chromium)");
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

    /// <summary>Collects what the page's Content Security Policy refused, so a test can insist on none.</summary>
    public static List<string> CspViolations(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                violations.Add(message.Text);
        };
        return violations;
    }

    public static Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        return page.ScreenshotAsync(new() { Path = System.IO.Path.Combine(Screenshots, name), FullPage = true });
    }
}
