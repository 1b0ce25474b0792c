using Newtonsoft.Json.Linq;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Rendering;

/// <summary>
/// The public triage contract in <c>channelData.triage</c> (DESIGN.md): the vignette runner, the operator
/// console and analytics read it, so it only ever grows.
/// </summary>
public static class TriageChannelData
{
    /// <param name="finding">For a closed question (step "clarify"): the red flag it asks about.</param>
    public static JObject ForQuestion(TriageStep step, string? finding = null)
    {
        var triage = new JObject
        {
            ["step"] = ProtocolIds.Of(step),
            ["protocol"] = ProtocolIds.ProtocolVersion,
        };
        if (finding is not null)
            triage["finding"] = finding;
        return Wrap(triage);
    }

    public static JObject ForOutcome(TriageOutcome outcome) => Wrap(new JObject
    {
        ["step"] = ProtocolIds.Of(TriageStep.Outcome),
        ["protocol"] = ProtocolIds.ProtocolVersion,
        ["disposition"] = ProtocolIds.Of(outcome.Disposition),
        ["findings"] = new JArray(outcome.Findings),
        ["specialists"] = new JArray(outcome.Specialists),
        ["tips"] = new JArray(outcome.Tips),
    });

    private static JObject Wrap(JObject triage) => new() { ["triage"] = triage };
}
