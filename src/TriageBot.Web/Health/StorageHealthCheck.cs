using Microsoft.Extensions.Diagnostics.HealthChecks;
using TriageBot.Storage.Database;

namespace TriageBot.Web.Health;

public sealed class StorageHealthCheck(StorageDatabase storage) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await storage.IsReadyAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
