using System.Collections.Concurrent;

namespace TriageBot.Web.DirectLine;

/// <summary>
/// Wakes the WebSocket streams of a conversation when activities were added to it: in this process directly,
/// and, with several instances on PostgreSQL, through the <see cref="PostgresBackplane"/> that carries
/// <see cref="Published"/> signals to the others and wakes streams here for theirs.
/// </summary>
public sealed class ConversationSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _next = new();

    /// <summary>Raised for every conversation this instance added activities to.</summary>
    public event Action<string>? Published;

    /// <summary>Completes when the conversation next receives activities.</summary>
    public Task NextAsync(string conversationId) =>
        _next.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>This instance added activities to the conversation.</summary>
    public void Added(string conversationId)
    {
        Wake(conversationId);
        Published?.Invoke(conversationId);
    }

    /// <summary>Activities were added to the conversation (here or on another instance).</summary>
    public void Wake(string conversationId)
    {
        if (_next.TryRemove(conversationId, out var waiting))
            waiting.TrySetResult();
    }

    /// <summary>After the backplane was cut off for a while: every stream looks again, in case it missed something.</summary>
    public void WakeAll()
    {
        foreach (var conversationId in _next.Keys)
            Wake(conversationId);
    }
}
