using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace TriageBot.Deployment.Tests.Teams;

/// <summary>
/// deployment/teams: the manifest against Microsoft's official schema (offline, from the npm package
/// @microsoft/app-manifest), the icons Teams requires, and the script that makes the app package.
/// </summary>
public sealed class TeamsPackageTests
{
    private static readonly string Teams = RepositoryRoot.Combine("deployment", "teams");
    private static readonly string Checker = RepositoryRoot.Combine("tests", "TriageBot.Deployment.Tests", "Teams", "TeamsManifestCheck");

    [SkippableFact]
    public async Task The_manifest_passes_the_official_schema_of_its_version_which_is_1_25_or_later()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Teams, "manifest.json")))!;
        Assert.True(Version.Parse(manifest["manifestVersion"]!.GetValue<string>()) >= new Version(1, 25));
        Assert.Equal(0, await ValidateAsync(Path.Combine(Teams, "manifest.json")));
    }

    [SkippableFact]
    public async Task The_schema_check_catches_a_broken_manifest()
    {
        using var folder = new TempFolder();
        var broken = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Teams, "manifest.json")))!;
        broken["bots"]![0]!["scopes"] = new JsonArray("everywhere");
        var file = Path.Combine(folder.Path, "manifest.json");
        await File.WriteAllTextAsync(file, broken.ToJsonString());
        Assert.Equal(1, await ValidateAsync(file));
    }

    [Fact]
    public void The_bot_is_offered_in_personal_chat_and_in_teams()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Teams, "manifest.json")))!;
        var scopes = manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>());
        Assert.Equal(["personal", "team"], scopes);
    }

    [Fact]
    public void The_colour_icon_is_192_pixels_square_and_opaque()
    {
        var icon = PngImage.Read(Path.Combine(Teams, "color.png"));
        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Equal(255, icon.Pixel(0, 0).A);
    }

    [Fact]
    public void The_outline_icon_is_32_pixels_square_white_on_transparent()
    {
        var icon = PngImage.Read(Path.Combine(Teams, "outline.png"));
        Assert.Equal((32, 32), (icon.Width, icon.Height));
        var seen = new HashSet<(byte, byte, byte, byte)>();
        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var p = icon.Pixel(x, y);
                Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"pixel {x},{y} is {p}: Teams accepts only white and transparent");
                seen.Add(p.A == 0 ? default : p);
            }
        }

        Assert.Equal(2, seen.Count); // something is drawn, and something is not
    }

    [SkippableFact]
    public async Task The_package_script_fills_in_the_ids_and_zips_a_manifest_that_still_passes_the_schema()
    {
        var hasZip = File.Exists("/usr/bin/zip");
        if (!hasZip && Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail("/usr/bin/zip is missing: .ci/run must install Debian's zip package.");
        Skip.IfNot(hasZip, "needs Debian's zip package (apt-get install zip)");
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "app.zip");
        const string BotId = "0b5cad00-1111-4222-8333-444455556666";
        const string AppId = "7e57a990-aaaa-4bbb-8ccc-ddddeeeeffff";

        var (exit, said) = await RunAsync("bash", Path.Combine(Teams, "package.sh"), BotId, AppId, output);
        Assert.True(exit == 0, said);

        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        zip.GetEntry("manifest.json")!.ExtractToFile(Path.Combine(folder.Path, "manifest.json"));
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder.Path, "manifest.json")))!;
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(0, await ValidateAsync(Path.Combine(folder.Path, "manifest.json")));

        var (refused, _) = await RunAsync("bash", Path.Combine(Teams, "package.sh"), "not-a-guid");
        Assert.Equal(2, refused);
    }

    /// <summary>Runs validate.js; 0 when the manifest passes, 1 when it does not.</summary>
    private static async Task<int> ValidateAsync(string manifest)
    {
        var installed = Directory.Exists(Path.Combine(Checker, "node_modules", "@microsoft", "app-manifest"));
        if (!installed && Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail($"@microsoft/app-manifest is not installed in {Checker}: .ci/run must run `npm ci` there.");
        Skip.IfNot(installed, $"needs the npm package @microsoft/app-manifest (Node.js): run `npm ci` in {Checker}");
        var (exit, said) = await RunAsync("node", Path.Combine(Checker, "validate.js"), manifest);
        Assert.True(exit is 0 or 1, said);
        return exit;
    }

    private static async Task<(int Exit, string Said)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Checker };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return (process.ExitCode, $"{await output}{await errors}");
    }
}
