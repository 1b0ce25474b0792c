using Microsoft.AspNetCore.Identity;
using System.Data.Common;
using TriageBot.Storage.Database;

namespace TriageBot.Storage.Operators;

/// <summary>
/// Operator accounts for ASP.NET Core Identity's <see cref="UserManager{TUser}"/> and SignInManager, which do
/// the hashing, lockout and security stamps; this only keeps the rows. One role per account.
/// </summary>
public sealed class OperatorStore(StorageDatabase database) :
    IUserPasswordStore<OperatorAccount>,
    IUserSecurityStampStore<OperatorAccount>,
    IUserLockoutStore<OperatorAccount>,
    IUserRoleStore<OperatorAccount>
{
    private const string Columns = "id, user_name, normalized_name, password_hash, role, security_stamp, failed_count, lockout_end, created_at";

    public async Task<IdentityResult> CreateAsync(OperatorAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await database.OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(
                $"INSERT INTO operators({Columns}) VALUES (@id, @name, @normalized, @hash, @role, @stamp, @failed, @lockout, @created)",
                null,
                cancellationToken,
                Parameters(user));
            return IdentityResult.Success;
        }
        catch (DbException e) when (database.IsUniqueViolation(e))
        {
            return IdentityResult.Failed(new IdentityError { Code = "DuplicateUserName", Description = $"The user name '{user.UserName}' is taken." });
        }
    }

    public async Task<IdentityResult> UpdateAsync(OperatorAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE operators SET user_name = @name, normalized_name = @normalized, password_hash = @hash, role = @role, " +
            "security_stamp = @stamp, failed_count = @failed, lockout_end = @lockout WHERE id = @id",
            null,
            cancellationToken,
            Parameters(user));
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(OperatorAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM operators WHERE id = @id", null, cancellationToken, ("@id", user.Id));
        return IdentityResult.Success;
    }

    public Task<OperatorAccount?> FindByIdAsync(string userId, CancellationToken cancellationToken) => FindAsync("id", userId, cancellationToken);

    public Task<OperatorAccount?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindAsync("normalized_name", normalizedUserName, cancellationToken);

    public async Task<IReadOnlyList<OperatorAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command($"SELECT {Columns} FROM operators ORDER BY normalized_name");
        return await ReadAllAsync(select, cancellationToken);
    }

    public async Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken = default) =>
        (await GetUsersInRoleAsync(OperatorRoles.Administrator, cancellationToken)).Count > 0;

    public Task<string> GetUserIdAsync(OperatorAccount user, CancellationToken cancellationToken) => Task.FromResult(user!.Id);

    public Task<string?> GetUserNameAsync(OperatorAccount user, CancellationToken cancellationToken) => Task.FromResult<string?>(user!.UserName);

    public Task SetUserNameAsync(OperatorAccount user, string? userName, CancellationToken cancellationToken) => Set(() => user!.UserName = userName ?? "");

    public Task<string?> GetNormalizedUserNameAsync(OperatorAccount user, CancellationToken cancellationToken) => Task.FromResult<string?>(user!.NormalizedName);

    public Task SetNormalizedUserNameAsync(OperatorAccount user, string? normalizedName, CancellationToken cancellationToken) =>
        Set(() => user!.NormalizedName = normalizedName ?? "");

    public Task SetPasswordHashAsync(OperatorAccount user, string? passwordHash, CancellationToken cancellationToken) => Set(() => user!.PasswordHash = passwordHash);

    public Task<string?> GetPasswordHashAsync(OperatorAccount user, CancellationToken cancellationToken) => Task.FromResult(user!.PasswordHash);

    public Task<bool> HasPasswordAsync(OperatorAccount user, CancellationToken cancellationToken) => Task.FromResult(user!.PasswordHash is not null);

    public Task SetSecurityStampAsync(OperatorAccount user, string stamp, CancellationToken cancellationToken) => Set(() => user!.SecurityStamp = stamp);

    public Task<string?> GetSecurityStampAsync(OperatorAccount user, CancellationToken cancellationToken) => Task.FromResult<string?>(user!.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(OperatorAccount user, CancellationToken cancellationToken) => Task.FromResult(user!.LockoutEnd);

    public Task SetLockoutEndDateAsync(OperatorAccount user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken) => Set(() => user!.LockoutEnd = lockoutEnd);

    public Task<int> IncrementAccessFailedCountAsync(OperatorAccount user, CancellationToken cancellationToken) => Task.FromResult(++user!.FailedCount);

    public Task ResetAccessFailedCountAsync(OperatorAccount user, CancellationToken cancellationToken) => Set(() => user!.FailedCount = 0);

    public Task<int> GetAccessFailedCountAsync(OperatorAccount user, CancellationToken cancellationToken) => Task.FromResult(user!.FailedCount);

    /// <summary>Every account can be locked out: there is no account exempt from the guess limit.</summary>
    public Task<bool> GetLockoutEnabledAsync(OperatorAccount user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(OperatorAccount user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AddToRoleAsync(OperatorAccount user, string roleName, CancellationToken cancellationToken) => Set(() => user!.Role = Role(roleName));

    public Task RemoveFromRoleAsync(OperatorAccount user, string roleName, CancellationToken cancellationToken) =>
        Set(() => user!.Role = user.Role == Role(roleName) ? OperatorRoles.Operator : user.Role);

    public Task<IList<string>> GetRolesAsync(OperatorAccount user, CancellationToken cancellationToken) => Task.FromResult<IList<string>>([user!.Role]);

    public Task<bool> IsInRoleAsync(OperatorAccount user, string roleName, CancellationToken cancellationToken) =>
        Task.FromResult(string.Equals(user!.Role, roleName, StringComparison.OrdinalIgnoreCase));

    public async Task<IList<OperatorAccount>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command($"SELECT {Columns} FROM operators WHERE role = @role", null, ("@role", Role(roleName)));
        return [.. await ReadAllAsync(select, cancellationToken)];
    }

    public void Dispose()
    {
    }

    /// <summary>Identity upper-cases role names; the store keeps the lower-case ids.</summary>
    private static string Role(string roleName) =>
        OperatorRoles.All.FirstOrDefault(r => string.Equals(r, roleName, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown role '{roleName}'.", nameof(roleName));

    private static Task Set(Action change)
    {
        change();
        return Task.CompletedTask;
    }

    private static (string, object?)[] Parameters(OperatorAccount user) =>
    [
        ("@id", user.Id),
        ("@name", user.UserName),
        ("@normalized", user.NormalizedName),
        ("@hash", user.PasswordHash),
        ("@role", user.Role),
        ("@stamp", user.SecurityStamp),
        ("@failed", user.FailedCount),
        ("@lockout", user.LockoutEnd?.Stored()),
        ("@created", user.CreatedAt.Stored()),
    ];

    private async Task<OperatorAccount?> FindAsync(string column, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command($"SELECT {Columns} FROM operators WHERE {column} = @value", null, ("@value", value));
        return (await ReadAllAsync(select, cancellationToken)).FirstOrDefault();
    }

    private static async Task<List<OperatorAccount>> ReadAllAsync(DbCommand select, CancellationToken cancellationToken)
    {
        var accounts = new List<OperatorAccount>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(new OperatorAccount
            {
                Id = reader.GetString(0),
                UserName = reader.GetString(1),
                NormalizedName = reader.GetString(2),
                PasswordHash = reader.StringOrNull(3),
                Role = reader.GetString(4),
                SecurityStamp = reader.GetString(5),
                FailedCount = reader.GetInt32(6),
                LockoutEnd = reader.TimeOrNull(7),
                CreatedAt = reader.Time(8),
            });
        }

        return accounts;
    }
}
