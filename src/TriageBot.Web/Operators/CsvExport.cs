using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TriageBot.Storage.Conversations;

namespace TriageBot.Web.Operators;

/// <summary>
/// The filtered list as CSV for the clinic's own reporting: ids, dispositions and review, never the patients'
/// words; cells that a spreadsheet would run as a formula are escaped.
/// </summary>
public static class CsvExport
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    public static async Task WriteAsync(Stream output, IEnumerable<ConversationSummary> conversations, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, leaveOpen: true);
        await using var csv = new CsvWriter(writer, Configuration);
        foreach (var header in new[] { "conversation_id", "started_at_utc", "channel", "locale", "disposition", "finished", "findings", "specialists", "tips", "handoff_requested", "reviewed_at_utc", "reviewed_by" })
            csv.WriteField(header);
        await csv.NextRecordAsync();
        foreach (var c in conversations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            csv.WriteField(c.ConversationId);
            csv.WriteField(c.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            csv.WriteField(c.ChannelId);
            csv.WriteField(c.Locale);
            csv.WriteField(c.Disposition ?? "");
            csv.WriteField(c.Finished ? "yes" : "no");
            csv.WriteField(string.Join(' ', c.FindingIds));
            csv.WriteField(string.Join(' ', c.Specialists));
            csv.WriteField(string.Join(' ', c.Tips));
            csv.WriteField(c.HandoffRequested ? "yes" : "no");
            csv.WriteField(c.ReviewedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(c.ReviewedBy ?? "");
            await csv.NextRecordAsync();
        }
    }
}
