namespace TriageBot.Storage.Conversations;

/// <summary>The console's filters; every one that is null lets everything through.</summary>
public sealed record ConversationFilter
{
    public string? Disposition { get; init; }

    /// <summary>Conversations started on or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Conversations started before this time.</summary>
    public DateTimeOffset? To { get; init; }

    public bool? Reviewed { get; init; }

    public string? Channel { get; init; }

    public string? Locale { get; init; }

    /// <summary>A finding id ("chest_pressure").</summary>
    public string? Finding { get; init; }

    /// <summary>The start of a conversation id.</summary>
    public string? ConversationId { get; init; }

    /// <summary>Changed after this time (new emergencies for the live list).</summary>
    public DateTimeOffset? UpdatedAfter { get; init; }
}
