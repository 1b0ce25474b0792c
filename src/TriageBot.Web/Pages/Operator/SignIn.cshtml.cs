using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TriageBot.Storage.Audit;
using TriageBot.Storage.Operators;
using TriageBot.Web.Operators;

namespace TriageBot.Web.Pages.Operator;

public sealed class SignInModel(SignInManager<OperatorAccount> signIn, ConsoleAudit audit, OperatorOptions options) : PageModel
{
    public string ReturnUrl { get; private set; } = "/operator";

    public string? UserName { get; private set; }

    public string? Message { get; private set; }

    public OpenIdConnectSettings OpenIdConnect => options.OpenIdConnect;

    public void OnGet(string? returnUrl, string? failed)
    {
        ReturnUrl = Local(returnUrl);
        if (failed == "oidc")
            Message = $"{options.OpenIdConnect.DisplayName} did not sign you in to the console: ask an administrator for a TriageBot role.";
    }

    public async Task<IActionResult> OnPostAsync(string userName, string password, string? returnUrl)
    {
        ReturnUrl = Local(returnUrl);
        UserName = userName;
        var result = await signIn.PasswordSignInAsync(userName ?? "", password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync(userName!, AuditActions.SignedIn, detail: "password");
            return LocalRedirect(ReturnUrl);
        }

        // The same words whether the name exists or not, so the page does not tell which names do.
        await audit.WriteAsync(userName ?? "", result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed);
        Message = result.IsLockedOut
            ? $"Too many failed attempts. This account is locked for {options.LockoutMinutes} minutes; an administrator can help sooner."
            : "The user name or password is not right.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>Only back into the console: a sign-in link must not send an operator to another site.</summary>
    private string Local(string? returnUrl) =>
        returnUrl is not null && Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/operator", StringComparison.OrdinalIgnoreCase) ? returnUrl : "/operator";
}
