namespace TriageBot.Web.Operators;

/// <summary>A run of a message's text; <paramref name="Finding"/> is set where the patient's words gave a finding.</summary>
public sealed record TextPiece(string Text, string? Finding = null, bool Denied = false);
