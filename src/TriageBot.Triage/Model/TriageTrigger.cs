namespace TriageBot.Triage.Model;

/// <summary>What moves a conversation on.</summary>
public enum TriageTrigger
{
    /// <summary>The patient answered the question being asked.</summary>
    Answered,

    /// <summary>The answer did not fit the question: ask once more, then move on.</summary>
    NotUnderstood,

    /// <summary>A red flag was half said ("my chest feels funny"): ask about it before going on.</summary>
    HalfSaid,

    /// <summary>A red flag was heard, at any step.</summary>
    RedFlagHeard,

    /// <summary>The patient asked to start over.</summary>
    StartOver,
}
