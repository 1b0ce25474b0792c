namespace TriageBot.Triage.Model;

/// <summary>Whether a finding said of the past still counts (PROTOCOL.md section 1, who the patient is).</summary>
public enum FindingHistory
{
    /// <summary>A symptom that is over no longer counts ("I had a fever last month").</summary>
    None,

    /// <summary>Counts when recent, not when long ago (an accident last week; not one twenty years ago).</summary>
    Recent,

    /// <summary>Counts however long ago (cancer, a known spine condition).</summary>
    Lifelong,
}
