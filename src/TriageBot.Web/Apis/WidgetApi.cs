using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.Options;
using TriageBot.Dialogs;

namespace TriageBot.Web.Apis;

public static class WidgetApi
{
    /// <summary>The widget (embed.js and botframework-webchat's webchat.js) and the demo clinic page at /.</summary>
    public static IEndpointRouteBuilder MapWidgetApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/widget/{file}", (string file, HttpContext context) =>
        {
            if (file is not ("embed.js" or "webchat.js") || Resource(file) is not { } stream)
                return Results.NotFound();
            // Clinics' pages load these from another origin.
            context.Response.Headers.AccessControlAllowOrigin = "*";
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Stream(stream, "text/javascript; charset=utf-8");
        });

        app.MapGet("/", (string? lang, IOptions<ClinicOptions> clinic) =>
        {
            var russian = lang == "ru";
            using var reader = new StreamReader(Resource("demo.html")!);
            var page = new StringBuilder(reader.ReadToEnd())
                .Replace("{{clinicName}}", WebUtility.HtmlEncode(clinic.Value.Name))
                .Replace("{{lang}}", russian ? "ru" : "en")
                .Replace("{{locale}}", russian ? "ru-RU" : "en-US")
                .Replace("{{heading}}", russian ? "Онемение или боль в спине?" : "Back numbness or back pain?")
                .Replace("{{text}}", russian
                    ? "Наш помощник задаст несколько вопросов и подскажет, насколько срочно нужно действовать. Откройте чат внизу страницы."
                    : "Our assistant asks a few questions and tells you how urgently to act. Open the chat at the bottom of the page.")
                .Replace("{{emergency}}", WebUtility.HtmlEncode(russian
                    ? $"В экстренном случае звоните {clinic.Value.EmergencyNumber}."
                    : $"In an emergency call {clinic.Value.EmergencyNumber}."));
            return Results.Content(page.ToString(), "text/html; charset=utf-8");
        });
        return app;
    }

    private static Stream? Resource(string file) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"TriageBot.Web.Widget.{file}");
}
