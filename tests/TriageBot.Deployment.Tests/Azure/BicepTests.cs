using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace TriageBot.Deployment.Tests.Azure;

/// <summary>
/// deployment/azure/main.bicep compiled offline by the Bicep CLI (from NuGet) into the ARM template Azure would
/// deploy, and that template read: the resources, the bot's channels, and secrets only through Key Vault.
/// </summary>
public sealed class BicepTests
{
    private static readonly Lazy<Task<(JsonObject Template, string Warnings)>> Compiled = new(CompileAsync);

    [SkippableFact]
    public async Task It_compiles_without_warnings_into_every_resource_a_clinic_needs()
    {
        var (template, warnings) = await Compiled.Value;
        Assert.Equal("", warnings);
        var types = Resources(template).Select(r => r["type"]!.GetValue<string>()).ToHashSet();
        foreach (var type in new[]
        {
            "Microsoft.Web/serverfarms", "Microsoft.Web/sites", "Microsoft.BotService/botServices", "Microsoft.BotService/botServices/channels",
            "Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.KeyVault/vaults", "Microsoft.KeyVault/vaults/secrets",
        })
        {
            Assert.Contains(type, types);
        }
    }

    [SkippableFact]
    public async Task The_bot_has_teams_and_direct_line_and_signs_in_with_a_managed_identity()
    {
        var (template, _) = await Compiled.Value;
        var channels = Resources(template).Where(r => r["type"]!.GetValue<string>() == "Microsoft.BotService/botServices/channels")
            .Select(r => r["properties"]!["channelName"]!.GetValue<string>());
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel"], channels.Order());
        var bot = Resources(template).Single(r => r["type"]!.GetValue<string>() == "Microsoft.BotService/botServices");
        Assert.Equal("UserAssignedMSI", bot["properties"]!["msaAppType"]!.GetValue<string>());
        Assert.StartsWith("[format('https://{0}/api/messages', reference(resourceId('Microsoft.Web/sites'", bot["properties"]!["endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_app_runs_on_postgres_and_reads_its_secrets_from_key_vault()
    {
        var (template, _) = await Compiled.Value;
        var site = Resources(template).Single(r => r["type"]!.GetValue<string>() == "Microsoft.Web/sites");
        var settings = site["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.ToString());
        Assert.Equal("Postgres", settings["Storage__Provider"]);
        Assert.StartsWith("[format('@Microsoft.KeyVault(", settings["Storage__ConnectionString"], StringComparison.Ordinal);
        Assert.StartsWith("[format('@Microsoft.KeyVault(", settings["DirectLine__TokenSigningKey"], StringComparison.Ordinal);
        Assert.Equal("/health/ready", site["properties"]!["siteConfig"]!["healthCheckPath"]!.GetValue<string>());
        Assert.True(site["properties"]!["siteConfig"]!["webSocketsEnabled"]!.GetValue<bool>());
        Assert.DoesNotContain(settings, s => s.Key.Contains("Password", StringComparison.OrdinalIgnoreCase));
        var parameters = template["parameters"]!.AsObject();
        Assert.Equal("securestring", parameters["postgresAdminPassword"]!["type"]!.GetValue<string>());
        Assert.Equal("securestring", parameters["directLineTokenSigningKey"]!["type"]!.GetValue<string>());
    }

    private static IEnumerable<JsonNode> Resources(JsonObject template) =>
        template["resources"] is JsonObject named ? named.Select(r => r.Value!) : template["resources"]!.AsArray().Select(r => r!);

    private static async Task<(JsonObject, string)> CompileAsync()
    {
        var cli = typeof(BicepTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value!;
        if (!OperatingSystem.IsLinux() || !File.Exists(cli))
            throw new SkipException($"needs the linux-x64 Bicep CLI restored from NuGet at {cli}");
        // NuGet does not keep the executable bit.
        File.SetUnixFileMode(cli, File.GetUnixFileMode(cli) | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "build", RepositoryRoot.Combine("deployment", "azure", "main.bicep"), "--stdout" })
            start.ArgumentList.Add(argument);
        using var bicep = Process.Start(start)!;
        var output = bicep.StandardOutput.ReadToEndAsync();
        var errors = bicep.StandardError.ReadToEndAsync();
        await bicep.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token);
        Assert.True(bicep.ExitCode == 0, await errors);
        return (JsonNode.Parse(await output)!.AsObject(), (await errors).Trim());
    }
}
