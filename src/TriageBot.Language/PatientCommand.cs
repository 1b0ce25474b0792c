namespace TriageBot.Language;

/// <summary>The interruptions a patient can ask for at any step.</summary>
public enum PatientCommand
{
    Help,
    StartOver,
    TalkToStaff,
    ForgetMe,
}
