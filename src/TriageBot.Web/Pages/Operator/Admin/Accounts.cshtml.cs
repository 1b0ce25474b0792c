using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TriageBot.Storage.Audit;
using TriageBot.Storage.Operators;
using TriageBot.Web.Operators;

namespace TriageBot.Web.Pages.Operator.Admin;

public sealed class AccountsModel(OperatorStore accounts, UserManager<OperatorAccount> users, ConsoleAudit audit) : PageModel
{
    public IReadOnlyList<OperatorAccount> Accounts { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Created { get; private set; }

    public async Task OnGetAsync() => Accounts = await accounts.ListAsync(HttpContext.RequestAborted);

    public async Task OnPostAsync(string userName, string password, string role)
    {
        if (!OperatorRoles.All.Contains(role))
        {
            Errors = [$"Unknown role '{role}'."];
        }
        else
        {
            var account = new OperatorAccount { UserName = userName ?? "", Role = role };
            var result = await users.CreateAsync(account, password ?? "");
            if (result.Succeeded)
            {
                Created = account.UserName;
                await audit.WriteAsync(User, AuditActions.AccountCreated, account.UserName, role);
            }
            else
            {
                Errors = [.. result.Errors.Select(e => e.Description)];
            }
        }

        Accounts = await accounts.ListAsync(HttpContext.RequestAborted);
    }
}
