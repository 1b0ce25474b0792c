namespace TriageBot.Triage.Model;

/// <summary>
/// Where a conversation is: one of the protocol's questions, a closed question about a half-said red flag, or
/// one of the two outcomes. The numbers are stored with every conversation, so they never change.
/// </summary>
public enum TriageStep
{
    Complaint = 0,
    Location = 1,
    Symptoms = 2,
    Context = 3,
    Sleep = 4,
    Posture = 5,

    /// <summary>Advice for self care, a visit or a call to the clinic today.</summary>
    Outcome = 6,

    /// <summary>Call an ambulance now: reached from any step the moment a red flag is heard.</summary>
    Emergency = 7,

    /// <summary>A closed question about a red flag the patient half said (PROTOCOL.md, "Asking when unsure").</summary>
    Clarify = 8,
}
