using Microsoft.Bot.Builder;

namespace TriageBot.Web.Operators;

/// <summary>The first administrator's one-time setup token, kept (encrypted) in bot storage so every instance
/// accepts the link any of them printed.</summary>
public sealed class SetupToken : IStoreItem
{
    public const string StorageKey = "triagebot/operators/setup-token";

    public string Value { get; set; } = "";

    public string? ETag { get; set; }
}
