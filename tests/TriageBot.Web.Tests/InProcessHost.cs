using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace TriageBot.Web.Tests;

/// <summary>
/// The host in this process, on its own SQLite file, for tests that reach past HTTP into its services
/// (the retention job, the stores) after talking to it over HTTP.
/// </summary>
/// <remarks>The factory needs any type of the host's assembly; <c>Program</c> is ambiguous beside the CLI's.</remarks>
internal sealed class InProcessHost(string dataFolder, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<TriageBot.Web.Bot.BotEndpointAccess>
{
    public const string DirectLineSecret = "in-process-secret";

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataFolder", dataFolder);
        builder.UseSetting("DirectLine:Secret", DirectLineSecret);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
    }
}
