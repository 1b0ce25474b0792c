using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using TriageBot.Web.DirectLine;

namespace TriageBot.Web.Extensions;

public static class RateLimitExtensions
{
    public const string DirectLinePolicy = "directline";

    /// <summary>
    /// Per client limits on Direct Line and the widget token: one token (or, before it has one, one address)
    /// gets a number of requests per window, then 429 with Retry-After in Direct Line's error shape.
    /// </summary>
    public static IServiceCollection AddClientRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DirectLineOptions.Section).Get<DirectLineOptions>() ?? new DirectLineOptions();
        var window = TimeSpan.FromSeconds(options.RateWindowSeconds);
        services.AddRateLimiter(limits =>
        {
            limits.AddPolicy(DirectLinePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                Client(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerWindow, Window = window, QueueLimit = 0 }));
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

    /// <summary>The token if the request carries one (header or stream query), else the caller's address.</summary>
    private static string Client(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
            return authorization;
        return context.Request.Query["t"].FirstOrDefault() ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
