using System.Collections.Concurrent;

namespace TriageBot.Web.DirectLine;

/// <summary>
/// Wakes the WebSocket streams of a conversation when activities were added to it, in this process. (Several
/// instances will need a backplane, issue 6.)
/// </summary>
public sealed class ConversationSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _next = new();

    /// <summary>Completes when the conversation next receives activities.</summary>
    public Task NextAsync(string conversationId) =>
        _next.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Added(string conversationId)
    {
        if (_next.TryRemove(conversationId, out var waiting))
            waiting.TrySetResult();
    }
}
