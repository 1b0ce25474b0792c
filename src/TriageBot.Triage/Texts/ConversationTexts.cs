namespace TriageBot.Triage.Texts;

/// <summary>What the bot says outside the questions: interruptions, re-asks, bad input.</summary>
/// <param name="NotUnderstood">Before the re-ask: "Sorry, I did not understand."</param>
/// <param name="ExamplePrefix">Before the example answer: "For example:"</param>
/// <param name="MovingOn">After a second miss: the step is recorded as not answered.</param>
/// <param name="Help">What the bot does and the commands it knows.</param>
/// <param name="StartingOver">Confirms a restart.</param>
/// <param name="Staff">Handoff: the clinic will be told; their phone is {clinicPhone}.</param>
/// <param name="Forgotten">Confirms the conversation's data was deleted.</param>
/// <param name="AfterOutcome">A message after the outcome that is no command.</param>
/// <param name="NoText">A message with no words (empty, only emoji, only an attachment).</param>
/// <param name="AttachmentIgnored">Files and pictures are not read.</param>
/// <param name="TooLong">A message over the length limit: only its beginning was read.</param>
/// <param name="SomethingWentWrong">The error handler's apology with the clinic's phone and the emergency number.</param>
/// <param name="StartOverButton">The quick reply that restarts; must be a restart command.</param>
/// <param name="StaffButton">The quick reply that asks for staff; must be a staff command.</param>
public sealed record ConversationTexts(
    string NotUnderstood,
    string ExamplePrefix,
    string MovingOn,
    string Help,
    string StartingOver,
    string Staff,
    string Forgotten,
    string AfterOutcome,
    string NoText,
    string AttachmentIgnored,
    string TooLong,
    string SomethingWentWrong,
    string StartOverButton,
    string StaffButton);
