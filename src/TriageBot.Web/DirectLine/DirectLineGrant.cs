namespace TriageBot.Web.DirectLine;

/// <summary>What the caller's Authorization header allows: the site secret any conversation, a token one.</summary>
public sealed record DirectLineGrant(string? ConversationId)
{
    public bool IsSecret => ConversationId is null;

    public bool Opens(string conversationId) => IsSecret || ConversationId == conversationId;
}
