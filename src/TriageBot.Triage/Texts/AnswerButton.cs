namespace TriageBot.Triage.Texts;

/// <summary>A quick reply: the words it sends and the findings they mean (none for "none of these").</summary>
public sealed record AnswerButton(string Title, IReadOnlyList<string> Findings);
