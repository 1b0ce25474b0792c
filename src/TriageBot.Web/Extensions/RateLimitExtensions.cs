using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using TriageBot.Web.DirectLine;

namespace TriageBot.Web.Extensions;

public static class RateLimitExtensions
{
    public const string DirectLinePolicy = "directline";

    /// <summary>
    /// Per client limits on every public endpoint, then 429 with Retry-After (in Direct Line's error shape):
    /// Direct Line and the widget token per token (or, before it has one, per address); /api/messages, the pages
    /// and the console per address; sign-in and setup attempts per address, tighter. Health checks are exempt.
    /// </summary>
    public static IServiceCollection AddClientRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DirectLineOptions.Section).Get<DirectLineOptions>() ?? new DirectLineOptions();
        var window = TimeSpan.FromSeconds(options.RateWindowSeconds);
        var others = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limits =>
        {
            limits.AddPolicy(DirectLinePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                Client(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerWindow, Window = window, QueueLimit = 0 }));
            limits.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, others));
            limits.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = "Too many requests; try again after Retry-After seconds." } }, cancellationToken);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions options)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/health") || path.StartsWithSegments("/v3/directline") || path.StartsWithSegments("/api/directline"))
            return RateLimitPartition.GetNoLimiter("exempt"); // Direct Line has its own per-token policy
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var (kind, limit) = path.StartsWithSegments("/api/messages") ? ("bot", options.BotRequestsPerWindow)
            : HttpMethods.IsPost(context.Request.Method) && (path.StartsWithSegments("/operator/signin") || path.StartsWithSegments("/operator/setup"))
                ? ("signin", options.SignInAttemptsPerWindow)
                : ("pages", options.PageRequestsPerWindow);
        return RateLimitPartition.GetFixedWindowLimiter(
            $"{kind}:{address}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromSeconds(options.WindowSeconds), QueueLimit = 0 });
    }

    /// <summary>The token if the request carries one (header or stream query), else the caller's address.</summary>
    private static string Client(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
            return authorization;
        return context.Request.Query["t"].FirstOrDefault() ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
