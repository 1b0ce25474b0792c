namespace TriageBot.Language.Azure;

/// <summary>One entity Text Analytics for health found: its words, category, UMLS name and certainty.</summary>
public sealed record HealthEntity(string Text, string Category, string? Name, string? Certainty)
{
    /// <summary>"negative" and "negativePossible": the text denies it.</summary>
    public bool IsDenied => Certainty is "negative" or "negativePossible";
}
