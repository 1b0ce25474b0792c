using Microsoft.Bot.Schema;
using TriageBot.Storage.Conversations;

namespace TriageBot.Storage.Transcripts;

/// <summary>
/// The activities one turn logged and the triage record it saved, kept until the turn commits them in one write.
/// Flows with the turn's async context, so the transcript logger's unawaited writes land here rather than racing
/// the reply.
/// </summary>
public sealed class TranscriptTurn : IDisposable
{
    private static readonly AsyncLocal<TranscriptTurn?> Open = new();
    private readonly List<IActivity> _activities = [];
    private ConversationSummary? _record;
    private bool _discarded;

    private TranscriptTurn()
    {
    }

    internal static TranscriptTurn? Current => Open.Value;

    public static TranscriptTurn Begin()
    {
        var turn = new TranscriptTurn();
        Open.Value = turn;
        return turn;
    }

    /// <summary>The patient asked to be forgotten during this turn: nothing of it is written.</summary>
    public static void DiscardCurrent()
    {
        if (Open.Value is { } turn)
            turn._discarded = true;
    }

    /// <summary>Keeps the turn's triage record to be written with its transcript; false outside a turn.</summary>
    public static bool KeepRecord(ConversationSummary summary)
    {
        if (Open.Value is not { } turn)
            return false;
        turn._record = summary; // a retried attempt's record replaces the one before
        return true;
    }

    internal ConversationSummary? Record => _discarded ? null : _record;

    internal void Add(IActivity activity)
    {
        lock (_activities)
            _activities.Add(activity);
    }

    /// <summary>What the turn logged, without the replies a retried or failed attempt never sent.</summary>
    public IReadOnlyList<IActivity> Activities(IReadOnlySet<string> unsent)
    {
        lock (_activities)
            return _discarded ? [] : [.. _activities.Where(a => a.Id is null || !unsent.Contains(a.Id))];
    }

    public void Dispose() => Open.Value = null;
}
