using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TriageBot.Storage.Audit;
using TriageBot.Web.Extensions;
using TriageBot.Web.Operators;

namespace TriageBot.Web.Pages.Operator;

/// <summary>Signing out is a form post (with its antiforgery token), so a link on another site cannot do it.</summary>
public sealed class SignOutModel(ConsoleAudit audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Operator/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.WriteAsync(User, AuditActions.SignedOut);
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        await HttpContext.SignOutAsync(OperatorConsoleExtensions.ExternalCookie);
        return Redirect("/operator/signin");
    }
}
