using TriageBot.Storage.Tests.Database;

namespace TriageBot.Storage.Tests;

/// <summary>The Direct Line log on each provider: watermarks, forgetting, and appends that race.</summary>
public sealed class DirectLineLogTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Activities_read_back_in_order_after_a_watermark(string provider)
    {
        var log = new DirectLineLog(await TestDatabases.NewAsync(provider));
        Assert.Equal(2, await log.AppendAsync("c", ["one", "two"]));
        Assert.Equal(3, await log.AppendAsync("c", ["three"]));
        Assert.Equal("two, three @ 3", await ReadAsync(log, "c", 1));
        Assert.Equal(0, await log.LastWatermarkAsync("other"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Forgetting_leaves_one_marker_at_the_last_watermark_and_the_conversation_goes_on_from_there(string provider)
    {
        var log = new DirectLineLog(await TestDatabases.NewAsync(provider));
        await log.AppendAsync("c", ["my secret", "reply"]);
        await log.ForgetAsync("c", "marker");
        Assert.Equal("marker @ 2", await ReadAsync(log, "c", 0));
        Assert.Equal(3, await log.AppendAsync("c", ["after"]));
        await log.DeleteAsync("c");
        Assert.Equal(0, await log.LastWatermarkAsync("c"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Twenty_racing_appends_to_one_conversation_all_land_each_at_its_own_watermark(string provider)
    {
        var database = await TestDatabases.NewAsync(provider);
        // Separate log objects, as separate instances would have.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => new DirectLineLog(database).AppendAsync("c", [$"a{i}", $"b{i}"])));
        var (read, watermark) = await new DirectLineLog(database).ReadAsync("c", 0);
        var activities = read.ToList();
        Assert.Equal(40, watermark);
        Assert.Equal(40, activities.Distinct().Count());
        for (var i = 0; i < 20; i++)
            Assert.Equal(activities.IndexOf($"a{i}") + 1, activities.IndexOf($"b{i}")); // each append stays together
    }

    /// <summary>What a client reading after the watermark gets, as "a, b @ watermark".</summary>
    private static async Task<string> ReadAsync(DirectLineLog log, string conversationId, long watermark)
    {
        var (activities, last) = await log.ReadAsync(conversationId, watermark);
        return $"{string.Join(", ", activities)} @ {last}";
    }
}
