using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TriageBot.Web.Telemetry;

namespace TriageBot.Web.Extensions;

public static class TelemetryExtensions
{
    /// <summary>
    /// OpenTelemetry traces and metrics: TriageBot's own (turns, latency, dispositions, errors, Direct Line streams),
    /// ASP.NET Core's, outgoing HTTP and the runtime's. Exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT (or
    /// Telemetry:OtlpEndpoint) is set; otherwise collected for nobody.
    /// </summary>
    public static IServiceCollection AddTriageTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TriageTelemetry>();
        services.AddSingleton<TurnTelemetryMiddleware>();
        var endpoint = configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } configured ? configured : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("triagebot"))
            .WithTracing(tracing => tracing
                .AddSource(TriageTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.RecordException = false) // exception messages can quote input
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(TriageTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());
        if (!string.IsNullOrWhiteSpace(endpoint))
            telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf, new Uri(endpoint));
        return services;
    }
}
