namespace TriageBot.Triage.Model;

/// <summary>One message as the current step's dialog understood it.</summary>
/// <param name="Affirmed">Findings the patient stated, whatever the question was.</param>
/// <param name="Denied">Findings the patient negated ("no fever"); they never count towards the disposition.</param>
/// <param name="AnswersQuestion">Whether the message answers the question being asked.</param>
/// <param name="HalfSaid">Red flags half said ("my chest feels funny"): worth a closed question, not yet findings.</param>
public sealed record PatientAnswer(
    IReadOnlyList<HeardFinding> Affirmed,
    IReadOnlyList<HeardFinding> Denied,
    bool AnswersQuestion,
    IReadOnlyList<HeardFinding>? HalfSaid = null);
