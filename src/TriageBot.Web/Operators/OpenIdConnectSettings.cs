namespace TriageBot.Web.Operators;

/// <summary>
/// Sign-in through the clinic's identity provider (e.g. Microsoft Entra ID). Off while Authority is empty.
/// The provider's role claim decides who is an operator or an administrator; anyone else is refused.
/// </summary>
public sealed class OpenIdConnectSettings
{
    /// <summary>E.g. https://login.microsoftonline.com/{tenant}/v2.0.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>A secret: set it in an environment variable or user secrets, never in appsettings.json.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The button's text on the sign-in page.</summary>
    public string DisplayName { get; set; } = "Microsoft Entra ID";

    public string RoleClaim { get; set; } = "roles";

    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>The provider's role values (Entra app roles) that make an operator or an administrator.</summary>
    public string OperatorRole { get; set; } = "TriageBot.Operator";

    public string AdministratorRole { get; set; } = "TriageBot.Administrator";

    /// <summary>Only for a provider on the same machine in tests: production providers are HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
