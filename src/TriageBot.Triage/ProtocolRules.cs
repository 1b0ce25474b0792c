using System.Text.Json;
using TriageBot.Triage.Model;

namespace TriageBot.Triage;

/// <summary>The parts of steps.json that are not questions: specialists' order, tips, exercise therapy.</summary>
/// <param name="SpecialistOrder">The order specialists are named in; the therapist comes first.</param>
/// <param name="AlwaysTips">Tips every self-care and consult outcome gives (the balanced-diet tip).</param>
/// <param name="ExerciseTherapyFor">Outcomes that offer the article's exercises.</param>
/// <param name="ExerciseTherapyNotWith">Findings that rule exercises out (fever: PROTOCOL.md section 4).</param>
public sealed record ProtocolRules(
    IReadOnlyList<string> SpecialistOrder,
    IReadOnlyList<string> TipOrder,
    IReadOnlyList<string> AlwaysTips,
    IReadOnlyList<Disposition> ExerciseTherapyFor,
    IReadOnlyList<string> ExerciseTherapyNotWith)
{
    public const string Therapist = "therapist";

    internal static ProtocolRules Read(JsonElement steps)
    {
        var tips = steps.GetProperty("tips").EnumerateArray().ToList();
        var exercise = steps.GetProperty("exerciseTherapy");
        return new ProtocolRules(
            TriageProtocol.Strings(steps, "specialistOrder"),
            [.. tips.Select(t => t.GetProperty("id").GetString()!)],
            [.. tips.Where(t => t.TryGetProperty("always", out var always) && always.GetBoolean())
                .Select(t => t.GetProperty("id").GetString()!)],
            [.. TriageProtocol.Strings(exercise, "offeredFor").Select(level => ProtocolIds.DispositionOf(level)!.Value)],
            TriageProtocol.Strings(exercise, "notWith"));
    }
}
