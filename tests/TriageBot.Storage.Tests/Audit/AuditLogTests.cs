using TriageBot.Storage.Audit;
using TriageBot.Storage.Tests.Database;

namespace TriageBot.Storage.Tests.Audit;

public sealed class AuditLogTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Entries_read_newest_first_and_an_action_narrows_them(string provider)
    {
        var log = new AuditLog(await TestDatabases.NewAsync(provider));
        var at = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
        await log.WriteAsync(new AuditEntry(at, "ada", AuditActions.SignedIn));
        await log.WriteAsync(new AuditEntry(at.AddMinutes(1), "ada", AuditActions.ViewedConversation, "c1"));
        await log.WriteAsync(new AuditEntry(at.AddMinutes(2), "system", AuditActions.DeletedByRetention, "c0", "older than 90 days"));

        Assert.Equal([AuditActions.DeletedByRetention, AuditActions.ViewedConversation, AuditActions.SignedIn], (await log.ReadAsync(10)).Select(e => e.Action));
        var viewed = Assert.Single(await log.ReadAsync(10, AuditActions.ViewedConversation));
        Assert.Equal(new AuditEntry(at.AddMinutes(1), "ada", AuditActions.ViewedConversation, "c1"), viewed);
        Assert.Single(await log.ReadAsync(1));
    }
}
