namespace TriageBot.Storage.Operators;

/// <summary>A clinic staff member who signs in to the console with a local password.</summary>
public sealed class OperatorAccount
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    public string UserName { get; set; } = "";

    public string NormalizedName { get; set; } = "";

    /// <summary>ASP.NET Core Identity's salted PBKDF2 hash; never the password.</summary>
    public string? PasswordHash { get; set; }

    /// <summary><see cref="OperatorRoles.Operator"/> or <see cref="OperatorRoles.Administrator"/>.</summary>
    public string Role { get; set; } = OperatorRoles.Operator;

    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public int FailedCount { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
