using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using TriageBot.Storage.Operators;

namespace TriageBot.Web.Operators;

/// <summary>
/// There is no default password: while no administrator exists, the host prints a one-time link at start
/// (valid for this run only) on which the first administrator chooses a name and password.
/// </summary>
public sealed class FirstAdministratorSetup(OperatorStore accounts, IServer server, IHostApplicationLifetime lifetime, ILogger<FirstAdministratorSetup> logger)
    : IHostedService
{
    public const string Path = "/operator/setup";
    private readonly string _token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public async Task<bool> IsOpenAsync(string? token, CancellationToken cancellationToken) =>
        token is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(_token))
        && !await accounts.AnyAdministratorAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = PrintLinkAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
                "No console administrator yet. Open {SetupLink} to create one (this link works once, until the host restarts), " +
                "or run: dotnet run --project src/TriageBot.Web -- operators add NAME administrator",
                $"{address.TrimEnd('/')}{Path}?token={_token}");
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            logger.LogError(e, "Could not check for a console administrator.");
        }
    }
}
