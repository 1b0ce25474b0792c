using System.Text.Json;
using System.Text.Json.Nodes;

namespace TriageBot.Cli.Vignettes;

/// <summary>A simulated patient as ../shared/vignettes/README.md defines it.</summary>
public sealed record Vignette(
    string Id,
    string Locale,
    string Opening,
    IReadOnlyDictionary<string, string> Answers,
    string ExpectedDisposition,
    int? MaxQuestions,
    IReadOnlyList<string> ExpectedSpecialists,
    IReadOnlyList<string> ExpectedTips,
    IReadOnlyList<string>? Findings = null)
{
    public bool IsRussian => Locale.StartsWith("ru", StringComparison.OrdinalIgnoreCase);

    /// <summary>The answer to a question the vignette does not list: "no" in the patient's language.</summary>
    public string AnswerTo(string step) => Answers.TryGetValue(step, out var answer) ? answer : No;

    /// <summary>A closed question about a finding: yes when the patient truly has it (the vignette's findings).</summary>
    public string AnswerAbout(string finding) => Findings?.Contains(finding) == true ? (IsRussian ? "да" : "yes") : No;

    private string No => IsRussian ? "нет" : "no";

    public static IEnumerable<Vignette> ReadFile(string path) =>
        File.ReadLines(path).Where(line => line.Trim().Length > 0).Select(Parse);

    public static Vignette Parse(string line)
    {
        var v = JsonNode.Parse(line)?.AsObject() ?? throw new JsonException("A vignette line is not a JSON object.");
        var expect = v["expect"]!.AsObject();
        return new Vignette(
            v["id"]!.GetValue<string>(),
            v["locale"]!.GetValue<string>(),
            v["opening"]!.GetValue<string>(),
            v["answers"]?.AsObject().ToDictionary(a => a.Key, a => a.Value!.GetValue<string>()) ?? [],
            expect["disposition"]!.GetValue<string>(),
            expect["maxQuestions"]?.GetValue<int>(),
            Strings(expect["specialists"]),
            Strings(expect["tips"]),
            v["findings"] is { } findings ? Strings(findings) : null);
    }

    private static string[] Strings(JsonNode? array) => array is null ? [] : [.. array.AsArray().Select(s => s!.GetValue<string>())];
}
