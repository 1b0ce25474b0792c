namespace TriageBot.Triage.Texts;

/// <summary>The parts an outcome is built from (PROTOCOL.md section 3).</summary>
/// <param name="Headlines">The level in plain words, by disposition id.</param>
/// <param name="Because">Why: "Because you mentioned {findings}."</param>
/// <param name="Emergency">Call {emergencyNumber} now, do not drive yourself, tell the dispatcher if pregnant.</param>
/// <param name="Urgent">Call {clinicName} today on {clinicPhone} or book at {bookingUrl}.</param>
/// <param name="WhoToSee">"Book a visit to {specialists}."</param>
/// <param name="Examinations">Tests a doctor may order.</param>
/// <param name="NeckMri">For neck numbness with neurological signs: MRI of the skull base and cervical spine.</param>
/// <param name="Meanwhile">Unload the spine, keep warm; ointments relieve but do not remove the cause.</param>
/// <param name="TipsIntro">Introduces the personalised tips.</param>
/// <param name="ExerciseTherapy">The article's four exercises, 10-15 minutes a day, stop on pain.</param>
/// <param name="WhenToSeeDoctor">Self care: see a doctor if no better in two to three weeks or any new symptom.</param>
/// <param name="SafetyNet">Call an ambulance at once if ... (every non-emergency outcome).</param>
/// <param name="NotADiagnosis">This is not a diagnosis.</param>
/// <param name="Offer">Start again, or talk to the clinic staff.</param>
/// <param name="ListJoiner">The word before the last item of a list ("and").</param>
public sealed record OutcomeTexts(
    IReadOnlyDictionary<string, string> Headlines,
    string Because,
    string Emergency,
    string Urgent,
    string WhoToSee,
    string Examinations,
    string NeckMri,
    string Meanwhile,
    string TipsIntro,
    string ExerciseTherapy,
    string WhenToSeeDoctor,
    string SafetyNet,
    string NotADiagnosis,
    string Offer,
    string ListJoiner);
