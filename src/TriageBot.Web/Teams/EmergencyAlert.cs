namespace TriageBot.Web.Teams;

/// <summary>What an alert says: which conversation, where, when and the finding ids; never the patient's words.</summary>
public sealed record EmergencyAlert(string ConversationId, string ChannelId, string Language, IReadOnlyList<string> Findings, DateTimeOffset At);
