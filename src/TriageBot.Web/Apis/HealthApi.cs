using TriageBot.Web.Health;

namespace TriageBot.Web.Apis;

public static class HealthApi
{
    /// <summary>Live: the process answers. Ready: it can also reach its database.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(StorageHealthCheck.ReadyTag) });
        return app;
    }
}
