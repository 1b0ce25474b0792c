using Microsoft.Extensions.Diagnostics.HealthChecks;
using TriageBot.Storage;

namespace TriageBot.Web.Health;

public sealed class StorageHealthCheck(SqliteStorage storage) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await storage.IsReadyAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
