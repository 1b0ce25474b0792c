using System.Reflection;
using System.Text.Json;

namespace TriageBot.Language.Azure;

/// <summary>
/// Which findings a Text Analytics for health entity names (Lexicons/azure-health.json): by its UMLS name, or
/// else by what the English lexicon reads in its name and its words.
/// </summary>
public sealed class AzureHealthMapping
{
    private readonly HashSet<string> _categories;
    private readonly Dictionary<string, string[]> _names;
    private readonly LexiconUnderstanding _lexicon;

    public AzureHealthMapping(LexiconUnderstanding lexicon)
    {
        _lexicon = lexicon;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TriageBot.Language.Lexicons.azure-health.json")!;
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        _categories = [.. root.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!)];
        _names = root.GetProperty("names").EnumerateObject().ToDictionary(
            n => n.Name, n => n.Value.EnumerateArray().Select(id => id.GetString()!).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The entity's findings, denied when the service says the text denies it.</summary>
    public IEnumerable<Mention> MentionsOf(HealthEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!_categories.Contains(entity.Category))
            return [];
        var ids = entity.Name is { } name && _names.TryGetValue(name, out var named)
            ? named
            : Read(entity.Name) is { Length: > 0 } fromName ? fromName : Read(entity.Text);
        return ids.Select(id => new Mention(id, entity.Text, entity.IsDenied));
    }

    private string[] Read(string? words) => words is null ? [] : [.. _lexicon.Understand(words, "en").Affirmed.Select(m => m.FindingId)];
}
