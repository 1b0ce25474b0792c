using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using TriageBot.Storage.Conversations;
using TriageBot.Storage.Tests.Database;
using TriageBot.Storage.Transcripts;

namespace TriageBot.Storage.Tests.Transcripts;

/// <summary>The transcript holds what was said and sent, once each, in order, by the time the turn ends, and the
/// triage record the turn saved with it.</summary>
public sealed class TranscriptCommitMiddlewareTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private TranscriptStore _transcripts = null!;
    private ConversationIndex _index = null!;
    private ConversationState _state = null!;
    private TestAdapter _adapter = null!;

    /// <summary>The host's order: commit outermost, Bot Framework's logger, then the state save that holds replies.</summary>
    private async Task OnAsync(string provider)
    {
        var database = await TestDatabases.NewAsync(provider);
        _transcripts = new TranscriptStore(database);
        _index = new ConversationIndex(database);
        _state = new ConversationState(new BotStateStore(database));
        _adapter = new TestAdapter();
        _adapter.Use(new TranscriptCommitMiddleware(database, _transcripts, _index));
        _adapter.Use(new TranscriptLoggerMiddleware(_transcripts));
        _adapter.Use(new SaveStateOrRetryMiddleware(_state, NullLogger<SaveStateOrRetryMiddleware>.Instance));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_finished_turn_is_in_the_transcript_in_order_patient_first(string provider)
    {
        await OnAsync(provider);
        await _adapter.ProcessActivityAsync(_adapter.MakeActivity("my back is numb"), async (turn, ct) =>
        {
            await turn.SendActivityAsync("Where exactly?", cancellationToken: ct);
            await turn.SendActivityAsync(new Activity(ActivityTypes.Typing), ct);
            await turn.SendActivityAsync("Any other symptoms?", cancellationToken: ct);
        }, CancellationToken.None);

        var transcript = await _transcripts.ReadAllAsync(_adapter.Conversation.Conversation.Id);
        Assert.Equal(["my back is numb", "Where exactly?", "Any other symptoms?"], transcript.Select(a => a.Text));
        Assert.Equal(["user", "bot", "bot"], transcript.Select(a => a.From.Role));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_turn_that_lost_an_etag_race_leaves_only_the_replies_it_sent_on_its_second_run(string provider)
    {
        await OnAsync(provider);
        var said = _state.CreateProperty<List<string>>("said");
        var attempts = new ConcurrentDictionary<string, int>();
        var loaded = 0;
        var bothLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task Turn(ITurnContext turn, CancellationToken cancellationToken)
        {
            (await said.GetAsync(turn, () => [], cancellationToken)).Add(turn.Activity.Text);
            var attempt = attempts.AddOrUpdate(turn.Activity.Text, 1, (_, n) => n + 1);
            if (attempt == 1)
            {
                if (Interlocked.Increment(ref loaded) == 2)
                    bothLoaded.SetResult();
                await bothLoaded.Task.WaitAsync(Limit, cancellationToken);
            }

            await turn.SendActivityAsync($"recorded {turn.Activity.Text} on attempt {attempt}", cancellationToken: cancellationToken);
        }

        await Task.WhenAll(
            _adapter.ProcessActivityAsync(_adapter.MakeActivity("heartburn"), Turn, CancellationToken.None),
            _adapter.ProcessActivityAsync(_adapter.MakeActivity("headaches"), Turn, CancellationToken.None));

        // At least one turn lost the race and ran again; under SQLite's locking a turn may run a third time. Whatever
        // the count, each message keeps only the reply of its last run.
        Assert.Contains(attempts, a => a.Value >= 2);
        var transcript = (await _transcripts.ReadAllAsync(_adapter.Conversation.Conversation.Id)).Select(a => a.Text).ToList();
        Assert.Equal(1, transcript.Count(t => t == "heartburn"));
        Assert.Equal(1, transcript.Count(t => t == "headaches"));
        foreach (var (message, runs) in attempts)
        {
            Assert.Contains($"recorded {message} on attempt {runs}", transcript);
            for (var earlier = 1; earlier < runs; earlier++)
                Assert.DoesNotContain($"recorded {message} on attempt {earlier}", transcript);
        }

        Assert.Equal(4, transcript.Count);
        Assert.Equal(transcript.Where(t => t.StartsWith("recorded", StringComparison.Ordinal)).Order(), _adapter.ActiveQueue.Select(a => a.Text).Order());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_turn_during_which_the_patient_asks_to_be_forgotten_writes_nothing(string provider)
    {
        await OnAsync(provider);
        await _adapter.ProcessActivityAsync(_adapter.MakeActivity("forget me"), async (turn, ct) =>
        {
            TranscriptTurn.DiscardCurrent();
            await turn.SendActivityAsync("Everything you told me is deleted.", cancellationToken: ct);
        }, CancellationToken.None);

        Assert.Empty(await _transcripts.ReadAllAsync(_adapter.Conversation.Conversation.Id));
        Assert.Single(_adapter.ActiveQueue);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_triage_record_a_turn_keeps_is_saved_with_its_transcript_and_a_failed_turn_saves_neither(string provider)
    {
        await OnAsync(provider);
        var id = _adapter.Conversation.Conversation.Id;
        await _adapter.ProcessActivityAsync(_adapter.MakeActivity("pressure in my chest"), async (turn, ct) =>
        {
            Assert.True(TranscriptTurn.KeepRecord(Record(id, "emergency")));
            await turn.SendActivityAsync("Call 112 now.", cancellationToken: ct);
        }, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _adapter.ProcessActivityAsync(_adapter.MakeActivity("and now?"), (turn, ct) =>
        {
            TranscriptTurn.KeepRecord(Record(id, "self_care"));
            throw new InvalidOperationException("the bot failed");
        }, CancellationToken.None));

        Assert.Equal("emergency", (await _index.FindAsync(id))!.Disposition);
        Assert.Equal(["pressure in my chest", "Call 112 now."], (await _transcripts.ReadAllAsync(id)).Select(a => a.Text));
        Assert.False(TranscriptTurn.KeepRecord(Record(id, "consult")));
    }

    private static ConversationSummary Record(string id, string disposition) => new()
    {
        ConversationId = id,
        ChannelId = "test",
        Locale = "en",
        Step = "outcome",
        Disposition = disposition,
        Urgency = 3,
        Finished = true,
        FindingIds = ["chest_pressure"],
        StartedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
