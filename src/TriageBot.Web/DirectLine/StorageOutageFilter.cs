using System.Data.Common;
using TriageBot.Dialogs;
using TriageBot.Dialogs.Rendering;
using TriageBot.Triage;

namespace TriageBot.Web.DirectLine;

/// <summary>
/// When the database cannot be reached, Direct Line cannot keep the conversation: instead of a bare 500, the
/// client gets 503 with Retry-After and the clinic's words for it, which name the emergency number. Service
/// resumes by itself when the database is back (connections are opened afresh for every request).
/// </summary>
public sealed class StorageOutageFilter(TriageProtocol protocol, ClinicText clinic, ILogger<StorageOutageFilter> logger) : IEndpointFilter
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (Exception e) when (IsOutage(e) && !context.HttpContext.Response.HasStarted)
        {
            logger.LogWarning("Direct Line could not reach the database ({Reason}); answered 503.", e.GetType().Name);
            var request = context.HttpContext.Request;
            var language = PatientMessage.LanguageOf(request.Query["locale"].FirstOrDefault() ?? request.Headers.AcceptLanguage.FirstOrDefault()) ?? "en";
            context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return DirectLineErrors.Error(
                StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", clinic.Fill(protocol.Texts(language).Conversation.SomethingWentWrong));
        }
    }

    private static bool IsOutage(Exception e) =>
        e is DbException or TimeoutException || (e is InvalidOperationException or IOException && e.InnerException is DbException or IOException or TimeoutException)
        || e.InnerException is DbException;
}
