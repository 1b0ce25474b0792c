using System.Globalization;
using TriageBot.Storage.Conversations;

namespace TriageBot.Web.Operators;

/// <summary>The console list's filters as they come in the query string (the CSV export takes the same).</summary>
public sealed class ConsoleFilter
{
    public string? Disposition { get; set; }

    public DateOnly? From { get; set; }

    /// <summary>The last day included.</summary>
    public DateOnly? To { get; set; }

    /// <summary>"yes", "no", or empty for both.</summary>
    public string? Reviewed { get; set; }

    public string? Channel { get; set; }

    public string? Locale { get; set; }

    /// <summary>Words the patient wrote, a finding id, or the start of a conversation id.</summary>
    public string? Search { get; set; }

    public ConversationFilter ForStorage() => new()
    {
        Disposition = Blank(Disposition),
        From = From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        To = To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        Reviewed = Reviewed switch { "yes" => true, "no" => false, _ => null },
        Channel = Blank(Channel),
        Locale = Blank(Locale),
    };

    /// <summary>The filters as a query string, for the export link and the live list.</summary>
    public string Query()
    {
        var parts = new Dictionary<string, string?>
        {
            ["disposition"] = Disposition,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["reviewed"] = Reviewed,
            ["channel"] = Channel,
            ["locale"] = Locale,
            ["search"] = Search,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("", parts.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    /// <summary>For the audit log: which filters were used, never the search words (they may be a patient's).</summary>
    public string Describe() =>
        string.Join(", ", new[]
        {
            Disposition is { Length: > 0 } ? $"disposition={Disposition}" : null,
            From is { } from ? $"from={from:yyyy-MM-dd}" : null,
            To is { } to ? $"to={to:yyyy-MM-dd}" : null,
            Reviewed is { Length: > 0 } ? $"reviewed={Reviewed}" : null,
            Channel is { Length: > 0 } ? $"channel={Channel}" : null,
            Locale is { Length: > 0 } ? $"locale={Locale}" : null,
            Search is { Length: > 0 } ? "search" : null,
        }.OfType<string>());

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
