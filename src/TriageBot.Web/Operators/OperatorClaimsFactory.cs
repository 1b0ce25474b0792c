using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TriageBot.Storage.Operators;

namespace TriageBot.Web.Operators;

/// <summary>Puts the account's role in the sign-in cookie, so the console's policies can read it.</summary>
public sealed class OperatorClaimsFactory(UserManager<OperatorAccount> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<OperatorAccount>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(OperatorAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, user.Role));
        return identity;
    }
}
