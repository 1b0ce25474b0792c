namespace TriageBot.Triage.Model;

/// <summary>The snake_case ids of PROTOCOL.md, which are also the public triage contract's values.</summary>
public static class ProtocolIds
{
    public const string ProtocolVersion = "2";

    public static string Of(Disposition disposition) => disposition switch
    {
        Disposition.SelfCare => "self_care",
        Disposition.Consult => "consult",
        Disposition.Urgent => "urgent",
        Disposition.Emergency => "emergency",
        _ => throw new ArgumentOutOfRangeException(nameof(disposition)),
    };

    public static Disposition? DispositionOf(string level) => level switch
    {
        "self_care" => Disposition.SelfCare,
        "consult" => Disposition.Consult,
        "urgent" => Disposition.Urgent,
        "emergency" => Disposition.Emergency,
        "none" => null,
        _ => throw new FormatException($"Unknown disposition level '{level}'."),
    };

    /// <summary>Both outcomes are the contract's single "outcome" step; the disposition tells them apart.</summary>
    public static string Of(TriageStep step) => step switch
    {
        TriageStep.Outcome or TriageStep.Emergency => "outcome",
        _ => step.ToString().ToLowerInvariant(),
    };

    public static TriageStep StepOf(string id) =>
        Enum.TryParse<TriageStep>(id, ignoreCase: true, out var step) && step < TriageStep.Outcome
            ? step
            : throw new FormatException($"Unknown question step '{id}'.");
}
