namespace TriageBot.Cli.Vignettes;

/// <summary>How one vignette went: the outcome the bot gave, how many questions it took, what was said.</summary>
public sealed record VignetteResult(
    Vignette Vignette,
    string? Disposition,
    int Questions,
    IReadOnlyList<string> Specialists,
    IReadOnlyList<string> Tips,
    IReadOnlyList<string> Transcript)
{
    private static readonly string[] Urgency = ["self_care", "consult", "urgent", "emergency"];

    public bool RightDisposition => Disposition == Vignette.ExpectedDisposition;

    /// <summary>The disposition, the question count and the expected specialists and tips all as expected.</summary>
    public bool Exact => RightDisposition
        && (Vignette.MaxQuestions is not { } max || Questions <= max)
        && Vignette.ExpectedSpecialists.All(Specialists.Contains)
        && Vignette.ExpectedTips.All(Tips.Contains);

    /// <summary>Told to act less urgently than a clinician expects (no outcome at all counts as under-triage).</summary>
    public bool UnderTriaged => Rank(Disposition) < Rank(Vignette.ExpectedDisposition);

    public bool OverTriaged => Rank(Disposition) > Rank(Vignette.ExpectedDisposition);

    private static int Rank(string? disposition) => Array.IndexOf(Urgency, disposition);
}
