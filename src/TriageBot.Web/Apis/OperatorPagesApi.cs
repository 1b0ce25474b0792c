using System.Reflection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using TriageBot.Storage.Audit;
using TriageBot.Web.Operators;

namespace TriageBot.Web.Apis;

/// <summary>The console's non-page endpoints: its stylesheet and script, the CSV export, the OpenID Connect start.</summary>
public static class OperatorPagesApi
{
    public static IEndpointRouteBuilder MapOperatorPagesApi(this IEndpointRouteBuilder app, OperatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        app.MapGet("/operator/assets/{file}", (string file) =>
            file is "console.css" or "console.js" && Assembly.GetExecutingAssembly().GetManifestResourceStream($"TriageBot.Web.Operators.{file}") is { } stream
                ? Results.Stream(stream, file.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8")
                : Results.NotFound());

        app.MapGet("/operator/export", async (HttpContext context, [AsParameters] ConsoleFilter filter, ConsoleQueries queries, ConsoleAudit audit) =>
        {
            var conversations = await queries.ListAsync(filter, context.RequestAborted);
            await audit.WriteAsync(context.User, AuditActions.Exported, detail: $"{conversations.Count} rows; {filter.Describe()}");
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"triagebot-conversations-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv\"";
            context.Response.Headers.CacheControl = "no-store";
            await CsvExport.WriteAsync(context.Response.Body, conversations, context.RequestAborted);
        }).RequireAuthorization(OperatorPolicies.Operator);

        if (options.OpenIdConnect.Enabled)
        {
            app.MapGet("/operator/signin/oidc", (string? returnUrl) => TypedResults.Challenge(
                new AuthenticationProperties { RedirectUri = returnUrl is not null && returnUrl.StartsWith("/operator", StringComparison.Ordinal) ? returnUrl : "/operator" },
                [OpenIdConnectDefaults.AuthenticationScheme]));
        }

        return app;
    }
}
