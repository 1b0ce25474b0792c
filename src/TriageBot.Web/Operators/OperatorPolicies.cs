using Microsoft.AspNetCore.Authorization;
using TriageBot.Storage.Operators;

namespace TriageBot.Web.Operators;

/// <summary>Who may see what in the console: every page needs an operator; account and audit pages an administrator.</summary>
public static class OperatorPolicies
{
    public const string Operator = "Operator";
    public const string Administrator = "Administrator";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Operator, policy => policy.RequireRole(OperatorRoles.Operator, OperatorRoles.Administrator));
        options.AddPolicy(Administrator, policy => policy.RequireRole(OperatorRoles.Administrator));
    }
}
