using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using TriageBot.Triage.Model;
using TriageBot.Triage.Texts;

namespace TriageBot.Triage;

/// <summary>
/// PROTOCOL.md as data: the findings, the questions in order, the tips and every text in English and Russian,
/// read once from the JSON files under Protocol/ that a clinician reviews.
/// </summary>
public sealed class TriageProtocol
{
    private static readonly JsonSerializerOptions TextOptions = new(JsonSerializerDefaults.Web);
    private readonly FrozenDictionary<string, FindingDefinition> _findings;
    private readonly FrozenDictionary<string, ProtocolTexts> _texts;

    private TriageProtocol(
        IReadOnlyList<FindingDefinition> findings,
        IReadOnlyList<StepDefinition> steps,
        ProtocolRules rules,
        TemperatureBounds temperatures,
        IReadOnlyDictionary<string, ProtocolTexts> texts)
    {
        Temperatures = temperatures;
        Findings = findings;
        Steps = steps;
        Rules = rules;
        _findings = findings.ToFrozenDictionary(f => f.Id);
        _texts = texts.ToFrozenDictionary();
        // Any red flag may be half said, and then its closed question is asked: a missing one must stop the start,
        // not a patient's conversation.
        var unasked = from language in texts.Keys
                      from finding in findings
                      where finding.IsRedFlag && !texts[language].Clarify.Questions.ContainsKey(finding.Id)
                      select $"{finding.Id} ({language})";
        if (unasked.ToList() is { Count: > 0 } missing)
            throw new InvalidDataException($"No closed question for the red flags {string.Join(", ", missing)} in texts.*.json.");
    }

    // Declared before Default: static initialisers run in order and Load reads it.
    public static IReadOnlyList<string> Languages { get; } = ["en", "ru"];

    public static TriageProtocol Default { get; } = Load();

    public IReadOnlyList<FindingDefinition> Findings { get; }

    /// <summary>The questions in the order they are asked.</summary>
    public IReadOnlyList<StepDefinition> Steps { get; }

    public ProtocolRules Rules { get; }

    /// <summary>Where a fever starts and where it is high: data, so a clinician can change them.</summary>
    public TemperatureBounds Temperatures { get; }

    public FindingDefinition Finding(string id) =>
        _findings.TryGetValue(id, out var finding) ? finding : throw new KeyNotFoundException($"Unknown finding '{id}'.");

    public bool IsFinding(string id) => _findings.ContainsKey(id);

    public StepDefinition Step(TriageStep step) => Steps.Single(s => s.Step == step);

    /// <summary>The texts of a language; anything but Russian is English (PROTOCOL.md section 6).</summary>
    public ProtocolTexts Texts(string language) => _texts.TryGetValue(language, out var texts) ? texts : _texts["en"];

    private static TriageProtocol Load()
    {
        using var findings = ReadJson("findings.json");
        using var steps = ReadJson("steps.json");
        var texts = Languages.ToDictionary(
            language => language,
            language => JsonSerializer.Deserialize<ProtocolTexts>(ReadText($"texts.{language}.json"), TextOptions)
                ?? throw new InvalidDataException($"texts.{language}.json is empty."));
        return new TriageProtocol(
            [.. findings.RootElement.GetProperty("findings").EnumerateArray().Select(ReadFinding)],
            [.. steps.RootElement.GetProperty("steps").EnumerateArray().Select(ReadStep)],
            ProtocolRules.Read(steps.RootElement),
            TemperatureBounds.Read(findings.RootElement.GetProperty("temperatures")),
            texts);
    }

    private static FindingDefinition ReadFinding(JsonElement f) => new(
        f.GetProperty("id").GetString()!,
        f.GetProperty("group").GetString()!,
        ProtocolIds.DispositionOf(f.GetProperty("level").GetString()!),
        f.GetProperty("answers").GetString() is { } step ? ProtocolIds.StepOf(step) : null,
        Strings(f, "specialists"),
        f.TryGetProperty("tip", out var tip) ? tip.GetString() : null,
        f.TryGetProperty("derivedFrom", out var sets) ? [.. sets.EnumerateArray().Select(s => Strings(s))] : [],
        f.TryGetProperty("history", out var history) ? Enum.Parse<FindingHistory>(history.GetString()!, ignoreCase: true) : FindingHistory.None);

    private static StepDefinition ReadStep(JsonElement s) => new(
        ProtocolIds.StepOf(s.GetProperty("id").GetString()!),
        Strings(s, "groups"),
        [.. Strings(s, "askedFor").Select(level => ProtocolIds.DispositionOf(level)!.Value)],
        s.GetProperty("noneAnswers").GetBoolean());

    internal static IReadOnlyList<string> Strings(JsonElement element, string? property = null)
    {
        if (property is not null && !element.TryGetProperty(property, out element))
            return [];
        return [.. element.EnumerateArray().Select(e => e.GetString()!)];
    }

    private static JsonDocument ReadJson(string name) => JsonDocument.Parse(ReadText(name));

    private static string ReadText(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(r => r.EndsWith($".Protocol.{name}", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
