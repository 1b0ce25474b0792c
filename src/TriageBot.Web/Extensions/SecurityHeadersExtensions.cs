namespace TriageBot.Web.Extensions;

public static class SecurityHeadersExtensions
{
    /// <summary>The console: nothing but its own script and styles, never framed, forms only to itself.</summary>
    public const string ConsolePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    /// <summary>
    /// The demo clinic page: scripts only from this host (Web Chat is served here, not from a CDN); styles may be
    /// inline because the widget and Web Chat inject theirs at run time; the chat talks to this host only.
    /// </summary>
    public const string WidgetPagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; media-src 'self' blob:; frame-ancestors 'self'; base-uri 'none'; object-src 'none'";

    /// <summary>Headers every answer carries, and a Content Security Policy on the pages people open.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                var path = context.Request.Path;
                if (path.StartsWithSegments("/operator"))
                {
                    headers.ContentSecurityPolicy = ConsolePolicy;
                    headers.XFrameOptions = "DENY";
                    headers.CacheControl = "no-store"; // patient data must not stay in shared or browser caches
                }
                else if (path == "/" || path.StartsWithSegments("/index.html"))
                {
                    headers.ContentSecurityPolicy = WidgetPagePolicy;
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
