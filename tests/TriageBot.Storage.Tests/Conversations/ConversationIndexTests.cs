using TriageBot.Storage.Conversations;
using TriageBot.Storage.Tests.Database;

namespace TriageBot.Storage.Tests.Conversations;

/// <summary>The console's list on each provider: order, filters, review, notes, counts, retention.</summary>
public sealed class ConversationIndexTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_most_urgent_come_first_then_the_newest_and_every_filter_narrows_the_list(string provider)
    {
        var index = new ConversationIndex(await TestDatabases.NewAsync(provider));
        await index.SaveAsync(Summary("calm-old", "self_care", 1, Monday, ["pain", "lumbar"]));
        await index.SaveAsync(Summary("calm-new", "consult", 2, Monday.AddDays(1), ["numbness", "digestive_signs"], channel: "msteams", locale: "ru"));
        await index.SaveAsync(Summary("ambulance", "emergency", 4, Monday, ["chest_pressure"]));

        Assert.Equal(["ambulance", "calm-new", "calm-old"], await IdsAsync(index, new ConversationFilter()));
        Assert.Equal(["calm-new"], await IdsAsync(index, new ConversationFilter { Channel = "msteams", Locale = "ru" }));
        Assert.Equal(["calm-new"], await IdsAsync(index, new ConversationFilter { From = Monday.AddDays(1) }));
        Assert.Equal(["ambulance", "calm-old"], await IdsAsync(index, new ConversationFilter { To = Monday.AddDays(1) }));
        Assert.Equal(["ambulance"], await IdsAsync(index, new ConversationFilter { Disposition = "emergency" }));
        Assert.Equal(["calm-new"], await IdsAsync(index, new ConversationFilter { Finding = "digestive_signs" }));
        Assert.Empty(await IdsAsync(index, new ConversationFilter { Finding = "digestive" })); // whole ids only
        Assert.Equal(["calm-new", "calm-old"], await IdsAsync(index, new ConversationFilter { ConversationId = "calm" }));

        Assert.True(await index.SetReviewedAsync("ambulance", "otto", Monday.AddHours(1)));
        Assert.True(await index.SetNotesAsync("ambulance", "called back"));
        Assert.Equal(["ambulance"], await IdsAsync(index, new ConversationFilter { Reviewed = true }));
        Assert.Equal(["calm-new", "calm-old"], await IdsAsync(index, new ConversationFilter { Reviewed = false }));
        var reviewed = (await index.FindAsync("ambulance"))!;
        Assert.Equal(("otto", "called back", "chest_pressure"), (reviewed.ReviewedBy, reviewed.Notes, string.Join(" ", reviewed.FindingIds)));

        // Saving the triage again keeps the review.
        await index.SaveAsync(Summary("ambulance", "emergency", 4, Monday, ["chest_pressure", "numbness"]));
        Assert.Equal("otto", (await index.FindAsync("ambulance"))!.ReviewedBy);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Conversations_not_updated_since_a_time_are_found_and_forgotten(string provider)
    {
        var index = new ConversationIndex(await TestDatabases.NewAsync(provider));
        await index.SaveAsync(Summary("old", "consult", 2, Monday, []));
        await index.SaveAsync(Summary("new", "consult", 2, Monday.AddDays(100), []));
        var expired = await index.NotUpdatedSinceAsync(Monday.AddDays(50));
        Assert.Equal(["old"], expired.Select(e => e.ConversationId));
        await index.ForgetAsync("old");
        Assert.Null(await index.FindAsync("old"));
        Assert.NotNull(await index.FindAsync("new"));
    }

    private static async Task<List<string>> IdsAsync(ConversationIndex index, ConversationFilter filter) =>
        [.. (await index.ListAsync(filter, 100)).Select(c => c.ConversationId)];

    private static ConversationSummary Summary(string id, string disposition, int urgency, DateTimeOffset started, string[] findings, string channel = "directline", string locale = "en") => new()
    {
        ConversationId = id,
        ChannelId = channel,
        Locale = locale,
        Step = "outcome",
        Disposition = disposition,
        Urgency = urgency,
        Finished = true,
        FindingIds = findings,
        Heard = [.. findings.Select(f => new HeardWords(f, $"words for {f}", "complaint"))],
        StartedAt = started,
        UpdatedAt = started,
    };
}
