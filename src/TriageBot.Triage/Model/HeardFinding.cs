namespace TriageBot.Triage.Model;

/// <summary>A finding the patient stated, with the words that produced it, so an operator can see why.</summary>
/// <param name="Step">The question being asked when the patient said it.</param>
public sealed record HeardFinding(string Id, string Evidence, TriageStep Step);
