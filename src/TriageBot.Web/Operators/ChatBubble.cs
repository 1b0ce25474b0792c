namespace TriageBot.Web.Operators;

/// <summary>One message of the transcript as the console draws it.</summary>
public sealed record ChatBubble(bool FromPatient, DateTimeOffset? At, IReadOnlyList<TextPiece> Pieces);
