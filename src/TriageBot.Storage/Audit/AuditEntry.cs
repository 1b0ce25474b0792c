namespace TriageBot.Storage.Audit;

/// <summary>Who did what to which conversation or account, and when; never what a patient said.</summary>
/// <param name="Actor">An operator's user name, "patient" or "system".</param>
/// <param name="Subject">A conversation id or an account name, when the action has one.</param>
/// <param name="Detail">Counts, filters or roles; never patient text.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string? Subject = null, string? Detail = null);
