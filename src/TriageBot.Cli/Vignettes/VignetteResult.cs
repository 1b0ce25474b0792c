namespace TriageBot.Cli.Vignettes;

/// <summary>How one vignette went: the outcome the bot gave, how many questions it took, what was said.</summary>
/// <param name="Findings">The findings the outcome names (the triage contract's <c>findings</c>).</param>
public sealed record VignetteResult(
    Vignette Vignette,
    string? Disposition,
    int Questions,
    IReadOnlyList<string> Specialists,
    IReadOnlyList<string> Tips,
    IReadOnlyList<string> Transcript,
    IReadOnlyList<string> Findings)
{
    private static readonly string[] Urgency = ["self_care", "consult", "urgent", "emergency"];

    public bool RightDisposition => Disposition == Vignette.ExpectedDisposition;

    /// <summary>The disposition, the question count and the expected specialists and tips all as expected.</summary>
    public bool Exact => RightDisposition
        && (Vignette.MaxQuestions is not { } max || Questions <= max)
        && GaveExpectedAdvice;

    /// <summary>Every specialist and tip the vignette expects was named.</summary>
    public bool GaveExpectedAdvice => Vignette.ExpectedSpecialists.All(Specialists.Contains) && Vignette.ExpectedTips.All(Tips.Contains);

    /// <summary>Whether the vignette expects any specialist or tip at all.</summary>
    public bool ExpectsAdvice => Vignette.ExpectedSpecialists.Count + Vignette.ExpectedTips.Count > 0;

    /// <summary>Told to act less urgently than a clinician expects (no outcome at all counts as under-triage).</summary>
    public bool UnderTriaged => Rank(Disposition) < Rank(Vignette.ExpectedDisposition);

    public bool OverTriaged => Rank(Disposition) > Rank(Vignette.ExpectedDisposition);

    private static int Rank(string? disposition) => Array.IndexOf(Urgency, disposition);
}
