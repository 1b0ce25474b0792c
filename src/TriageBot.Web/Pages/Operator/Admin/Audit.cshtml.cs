using Microsoft.AspNetCore.Mvc.RazorPages;
using TriageBot.Storage.Audit;
using TriageBot.Web.Operators;

namespace TriageBot.Web.Pages.Operator.Admin;

public sealed class AuditModel(AuditLog log, ConsoleAudit audit) : PageModel
{
    public const int Shown = 500;

    public static IReadOnlyList<string> Actions { get; } =
        [.. typeof(AuditActions).GetFields().Select(f => (string)f.GetValue(null)!)];

    public string? Action { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(string? action)
    {
        Action = action;
        await audit.WriteAsync(User, AuditActions.ViewedAudit, detail: string.IsNullOrEmpty(action) ? null : $"action={action}");
        Entries = await log.ReadAsync(Shown, action, HttpContext.RequestAborted);
    }
}
