namespace TriageBot.Storage.Conversations;

/// <summary>
/// The triage record of one conversation as the console lists it: where it stands, how urgent, what was heard
/// (the words encrypted at rest), and the operators' review.
/// </summary>
public sealed record ConversationSummary
{
    public required string ConversationId { get; init; }

    public required string ChannelId { get; init; }

    public required string Locale { get; init; }

    /// <summary>The protocol step the conversation is at ("outcome" once advice was given).</summary>
    public required string Step { get; init; }

    /// <summary>The most urgent disposition the findings so far give; null before anything was heard.</summary>
    public string? Disposition { get; init; }

    /// <summary>Sorts the console's list: the higher, the more urgent.</summary>
    public int Urgency { get; init; }

    /// <summary>The patient was given the outcome (advice or the emergency message).</summary>
    public bool Finished { get; init; }

    /// <summary>Finding ids, heard and derived, as in the public triage contract.</summary>
    public IReadOnlyList<string> FindingIds { get; init; } = [];

    public IReadOnlyList<HeardWords> Heard { get; init; } = [];

    public IReadOnlyList<HeardWords> Denied { get; init; } = [];

    public IReadOnlyList<string> Specialists { get; init; } = [];

    public IReadOnlyList<string> Tips { get; init; } = [];

    public bool HandoffRequested { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? ReviewedAt { get; init; }

    public string? ReviewedBy { get; init; }

    public string? Notes { get; init; }

    public bool Reviewed => ReviewedAt is not null;
}
