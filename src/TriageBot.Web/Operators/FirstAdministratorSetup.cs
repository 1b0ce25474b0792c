using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Bot.Builder;
using TriageBot.Storage.Operators;

namespace TriageBot.Web.Operators;

/// <summary>
/// There is no default password: while no administrator exists, the host prints a one-time link at start on
/// which the first administrator chooses a name and password. The token is shared through the database, so
/// behind a load balancer the link works whichever instance serves it; it stops working once an administrator
/// exists.
/// </summary>
public sealed class FirstAdministratorSetup(OperatorStore accounts, IStorage storage, IServer server, IHostApplicationLifetime lifetime, ILogger<FirstAdministratorSetup> logger)
    : IHostedService
{
    public const string Path = "/operator/setup";

    public async Task<bool> IsOpenAsync(string? token, CancellationToken cancellationToken)
    {
        if (token is null || await accounts.AnyAdministratorAsync(cancellationToken))
            return false;
        var expected = await TokenAsync(cancellationToken);
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(expected));
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = PrintLinkAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The stored token, or a new one stored: when instances race, the first write wins and the others read it.</summary>
    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stored = await storage.ReadAsync<SetupToken>([SetupToken.StorageKey], cancellationToken);
            if (stored.TryGetValue(SetupToken.StorageKey, out var existing))
                return existing.Value;
            try
            {
                var created = new SetupToken { Value = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)) };
                await storage.WriteAsync(new Dictionary<string, object> { [SetupToken.StorageKey] = created }, cancellationToken);
                return created.Value;
            }
            catch (Storage.StorageConflictException) when (attempt == 0)
            {
                // Another instance stored its token first: read that one.
            }
        }
    }

    private async Task PrintLinkAsync()
    {
        try
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
            if (await accounts.AnyAdministratorAsync())
            {
                logger.LogInformation("Operators' console: {ConsoleLink}", $"{address.TrimEnd('/')}/operator");
                return;
            }

            logger.LogWarning(
                "No console administrator yet. Open {SetupLink} to create one (this link works until an administrator exists), " +
                "or run: dotnet run --project src/TriageBot.Web -- operators add NAME administrator",
                $"{address.TrimEnd('/')}{Path}?token={await TokenAsync(CancellationToken.None)}");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            logger.LogError(e, "Could not check for a console administrator.");
        }
    }
}
