using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TriageBot.Storage.Audit;
using TriageBot.Storage.Operators;
using TriageBot.Web.Operators;

namespace TriageBot.Web.Pages.Operator;

public sealed class SetupModel(FirstAdministratorSetup setup, UserManager<OperatorAccount> users, SignInManager<OperatorAccount> signIn, ConsoleAudit audit, OperatorOptions options)
    : PageModel
{
    public bool Open { get; private set; }

    public string? Token { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public int MinimumLength => options.MinimumPasswordLength;

    public async Task OnGetAsync(string? token)
    {
        Token = token;
        Open = await setup.IsOpenAsync(token, HttpContext.RequestAborted);
        if (!Open)
            Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public async Task<IActionResult> OnPostAsync(string? token, string userName, string password)
    {
        Token = token;
        Open = await setup.IsOpenAsync(token, HttpContext.RequestAborted);
        if (!Open)
            return NotFound();
        var account = new OperatorAccount { UserName = userName ?? "", Role = OperatorRoles.Administrator };
        var created = await users.CreateAsync(account, password ?? "");
        if (!created.Succeeded)
        {
            Errors = [.. created.Errors.Select(e => e.Description)];
            return Page();
        }

        await audit.WriteAsync("setup link", AuditActions.AccountCreated, account.UserName, account.Role);
        await signIn.SignInAsync(account, isPersistent: false);
        await audit.WriteAsync(account.UserName, AuditActions.SignedIn, detail: "setup");
        return Redirect("/operator");
    }
}
