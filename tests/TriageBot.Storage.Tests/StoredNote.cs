using Microsoft.Bot.Builder;

namespace TriageBot.Storage.Tests;

/// <summary>A small item with an ETag, as stores carry them.</summary>
public sealed class StoredNote : IStoreItem
{
    public string Text { get; set; } = "";

    public string? ETag { get; set; }
}
