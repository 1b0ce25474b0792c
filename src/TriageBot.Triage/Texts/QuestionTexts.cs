namespace TriageBot.Triage.Texts;

/// <summary>One question: its wording, an example answer for the re-ask, and its quick replies.</summary>
public sealed record QuestionTexts(string Question, string Example, IReadOnlyList<AnswerButton> Buttons);
