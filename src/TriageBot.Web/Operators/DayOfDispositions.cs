using TriageBot.Storage.Conversations;

namespace TriageBot.Web.Operators;

/// <summary>One bar of the console's chart: a day's conversations by disposition, most urgent first.</summary>
public sealed record DayOfDispositions(DateOnly Day, IReadOnlyList<(string Disposition, int Count)> Counts)
{
    public int Total => Counts.Sum(c => c.Count);

    public static IReadOnlyList<DayOfDispositions> Of(IEnumerable<ConversationSummary> conversations, IReadOnlyList<string> order) =>
        [.. conversations
            .GroupBy(c => DateOnly.FromDateTime(c.StartedAt.UtcDateTime))
            .OrderBy(g => g.Key)
            .Select(day => new DayOfDispositions(
                day.Key,
                [.. day.GroupBy(c => c.Disposition ?? "none")
                    .OrderBy(g => order.Contains(g.Key) ? order.ToList().IndexOf(g.Key) : order.Count)
                    .Select(g => (g.Key, g.Count()))]))];
}
