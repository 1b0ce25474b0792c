namespace TriageBot.Web.DirectLine;

/// <summary>What a valid token grants: one conversation, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, DateTimeOffset Expires)
{
    public bool IsExpired(DateTimeOffset now) => now >= Expires;
}
