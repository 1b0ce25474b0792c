namespace TriageBot.Triage.Texts;

/// <summary>
/// Everything the bot says in one language, loaded from Protocol/texts.{language}.json so a clinician can
/// review the wording in one file. Texts may hold the placeholders {clinicName}, {clinicPhone}, {bookingUrl},
/// {emergencyNumber}, {findings} and {specialists}; the dialogs fill them.
/// </summary>
public sealed record ProtocolTexts(
    string Language,
    string Welcome,
    string OtherLanguageNote,
    IReadOnlyDictionary<string, QuestionTexts> Questions,
    ClarifyTexts Clarify,
    IReadOnlyDictionary<string, string> Findings,
    IReadOnlyDictionary<string, string> Specialists,
    IReadOnlyDictionary<string, string> Tips,
    OutcomeTexts Outcome,
    ConversationTexts Conversation);
