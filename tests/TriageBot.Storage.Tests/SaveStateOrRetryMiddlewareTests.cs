using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using TriageBot.Storage.Tests.Database;

namespace TriageBot.Storage.Tests;

/// <summary>Two turns of one conversation racing over a real database: one wins, the other runs again.</summary>
public sealed class SaveStateOrRetryMiddlewareTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_racing_turns_both_keep_what_they_recorded_and_each_answers_once(string provider)
    {
        var storage = new BotStateStore(await TestDatabases.NewAsync(provider));
        var state = new ConversationState(storage);
        var said = state.CreateProperty<List<string>>("said");
        var adapter = new TestAdapter();
        adapter.Use(new SaveStateOrRetryMiddleware(state, NullLogger<SaveStateOrRetryMiddleware>.Instance));

        // Both turns load the state before either saves: the second save is a real ETag conflict.
        var attempts = new ConcurrentDictionary<string, int>();
        var loaded = 0;
        var bothLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task Turn(ITurnContext turn, CancellationToken cancellationToken)
        {
            var list = await said.GetAsync(turn, () => [], cancellationToken);
            list.Add(turn.Activity.Text);
            if (attempts.AddOrUpdate(turn.Activity.Text, 1, (_, n) => n + 1) == 1)
            {
                if (Interlocked.Increment(ref loaded) == 2)
                    bothLoaded.SetResult();
                await bothLoaded.Task.WaitAsync(Limit, cancellationToken);
            }

            await turn.SendActivityAsync($"recorded {turn.Activity.Text}", cancellationToken: cancellationToken);
        }

        await Task.WhenAll(
            adapter.ProcessActivityAsync(Message(adapter, "heartburn"), Turn, CancellationToken.None),
            adapter.ProcessActivityAsync(Message(adapter, "headaches"), Turn, CancellationToken.None));

        var key = $"test/conversations/{adapter.Conversation.Conversation.Id}";
        var saved = (Dictionary<string, object>)(await storage.ReadAsync([key]))[key];
        Assert.Equal(["headaches", "heartburn"], ((List<string>)saved["said"]).Order());
        // The loser ran again; under contention SQLite may refuse the winner's first write as well, so both run again.
        Assert.InRange(attempts.Values.Sum(), 3, 4);
        var replies = adapter.ActiveQueue.Select(a => a.Text).Order().ToList();
        Assert.Equal(["recorded headaches", "recorded heartburn"], replies);
    }

    private static Activity Message(TestAdapter adapter, string text)
    {
        var activity = adapter.MakeActivity(text);
        return activity;
    }
}
