namespace TriageBot.Web.Operators;

/// <summary>The "Operators" configuration section: sign-in rules and, optionally, OpenID Connect.</summary>
public sealed class OperatorOptions
{
    public const string Section = "Operators";

    /// <summary>Wrong passwords in a row before an account is locked.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    public int MinimumPasswordLength { get; set; } = 12;

    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();
}
