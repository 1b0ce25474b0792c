using TriageBot.Storage.Operators;
using TriageBot.Storage.Tests.Database;

namespace TriageBot.Storage.Tests.Operators;

public sealed class OperatorStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Accounts_are_found_by_name_keep_their_lockout_and_a_taken_name_is_refused(string provider)
    {
        using var store = new OperatorStore(await TestDatabases.NewAsync(provider));
        var ada = new OperatorAccount { UserName = "ada", NormalizedName = "ADA", PasswordHash = "hash", Role = OperatorRoles.Administrator };
        Assert.True((await store.CreateAsync(ada, CancellationToken.None)).Succeeded);
        var twin = new OperatorAccount { UserName = "Ada", NormalizedName = "ADA", PasswordHash = "other" };
        Assert.Equal("DuplicateUserName", Assert.Single((await store.CreateAsync(twin, CancellationToken.None)).Errors).Code);

        var found = (await store.FindByNameAsync("ADA", CancellationToken.None))!;
        found.FailedCount = 3;
        found.LockoutEnd = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        await store.UpdateAsync(found, CancellationToken.None);

        var again = (await store.FindByIdAsync(ada.Id, CancellationToken.None))!;
        Assert.Equal((3, found.LockoutEnd, "hash"), (again.FailedCount, again.LockoutEnd, again.PasswordHash));
        Assert.True(await store.IsInRoleAsync(again, "ADMINISTRATOR", CancellationToken.None));
        Assert.True(await store.AnyAdministratorAsync());
        Assert.Null(await store.FindByNameAsync("NOBODY", CancellationToken.None));
    }
}
