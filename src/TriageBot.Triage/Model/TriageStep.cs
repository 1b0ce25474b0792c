namespace TriageBot.Triage.Model;

/// <summary>Where a conversation is: one of the protocol's questions, or one of the two outcomes.</summary>
public enum TriageStep
{
    Complaint,
    Location,
    Symptoms,
    Context,
    Sleep,
    Posture,

    /// <summary>Advice for self care, a visit or a call to the clinic today.</summary>
    Outcome,

    /// <summary>Call an ambulance now: reached from any step the moment a red flag is heard.</summary>
    Emergency,
}
