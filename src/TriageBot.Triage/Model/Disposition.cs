namespace TriageBot.Triage.Model;

/// <summary>How urgently the patient should act, least urgent first so that the most urgent is the maximum.</summary>
public enum Disposition
{
    SelfCare,
    Consult,
    Urgent,
    Emergency,
}
