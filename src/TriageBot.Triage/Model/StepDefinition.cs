namespace TriageBot.Triage.Model;

/// <summary>One question of the protocol.</summary>
/// <param name="Groups">Finding groups that answer this question when the patient replies to it.</param>
/// <param name="AskedFor">Dispositions reached so far for which the question is still worth asking.</param>
/// <param name="NoneAnswers">Whether "no", "none of these" or "fine" answers the question.</param>
public sealed record StepDefinition(TriageStep Step, IReadOnlyList<string> Groups, IReadOnlyList<Disposition> AskedFor, bool NoneAnswers);
