using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TriageBot.Storage.Audit;
using TriageBot.Storage.Conversations;
using TriageBot.Storage.Transcripts;
using TriageBot.Web.Operators;

namespace TriageBot.Web.Pages.Operator;

public sealed class ConversationModel(ConversationIndex index, TranscriptStore transcripts, ConsoleAudit audit, TimeProvider clock) : PageModel
{
    public const int MaxNotes = 4000;

    public string Id { get; private set; } = "";

    public ConversationSummary? Summary { get; private set; }

    public IReadOnlyList<ChatBubble> Bubbles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Id = id;
        Summary = await index.FindAsync(id, HttpContext.RequestAborted);
        var activities = await transcripts.ReadAllAsync(id, HttpContext.RequestAborted);
        if (Summary is null && activities.Count == 0)
            return NotFound();
        Bubbles = TranscriptView.Bubbles(activities, Summary);
        await audit.WriteAsync(User, AuditActions.ViewedConversation, id);
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(string id, bool reviewed)
    {
        if (!await index.SetReviewedAsync(id, reviewed ? ConsoleAudit.ActorOf(User) : null, clock.GetUtcNow(), HttpContext.RequestAborted))
            return NotFound();
        await audit.WriteAsync(User, reviewed ? AuditActions.MarkedReviewed : AuditActions.MarkedNotReviewed, id);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostNotesAsync(string id, string? notes)
    {
        notes ??= "";
        if (notes.Length > MaxNotes)
            return BadRequest($"Notes are limited to {MaxNotes} characters.");
        if (!await index.SetNotesAsync(id, notes, HttpContext.RequestAborted))
            return NotFound();
        await audit.WriteAsync(User, AuditActions.SavedNotes, id);
        return RedirectToPage(new { id });
    }
}
