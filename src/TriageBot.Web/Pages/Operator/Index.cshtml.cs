using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TriageBot.Storage.Audit;
using TriageBot.Storage.Conversations;
using TriageBot.Web.Operators;

namespace TriageBot.Web.Pages.Operator;

public sealed class IndexModel(ConsoleQueries queries, ConsoleAudit audit, TimeProvider clock) : PageModel
{
    public static IReadOnlyList<string> Dispositions { get; } = ["emergency", "urgent", "consult", "self_care"];

    public static IReadOnlyList<string> Channels { get; } = ["directline", "msteams", "webchat", "emulator"];

    public ConsoleFilter Filter { get; private set; } = new();

    public IReadOnlyList<ConversationSummary> Conversations { get; private set; } = [];

    public IReadOnlyList<DayOfDispositions> Chart { get; private set; } = [];

    /// <summary>Chart units per conversation, so the busiest day fills the width.</summary>
    public double ChartScale { get; private set; }

    public DateTimeOffset DrawnAt { get; private set; }

    public async Task OnGetAsync([FromQuery] ConsoleFilter filter)
    {
        Filter = filter ?? new ConsoleFilter();
        DrawnAt = clock.GetUtcNow();
        Conversations = await queries.ListAsync(Filter, HttpContext.RequestAborted);
        Chart = DayOfDispositions.Of(Conversations, Dispositions);
        ChartScale = Chart.Count == 0 ? 0 : 460.0 / Chart.Max(d => d.Total);
        await audit.WriteAsync(User, AuditActions.ViewedList, detail: $"{Conversations.Count} shown; {Filter.Describe()}");
    }
}
