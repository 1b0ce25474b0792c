using System.Globalization;

namespace TriageBot.Cli.Vignettes;

/// <summary>The scores of ../shared/vignettes/README.md over a set of played vignettes.</summary>
/// <param name="WithAdvice">Vignettes that expect specialists or tips; <paramref name="AdviceGiven"/> of them got all of them.</param>
public sealed record Scores(
    int Vignettes,
    int Exact,
    int Emergencies,
    int EmergenciesCaught,
    int UnderTriaged,
    int OverTriaged,
    double MeanQuestions,
    int WithAdvice,
    int AdviceGiven)
{
    /// <summary>Any emergency answered less urgently: the one result that must never ship.</summary>
    public bool EmergencyUnderTriaged => EmergenciesCaught < Emergencies;

    public static Scores Of(IReadOnlyList<VignetteResult> results)
    {
        var emergencies = results.Where(r => r.Vignette.ExpectedDisposition == "emergency").ToList();
        return new Scores(
            results.Count,
            results.Count(r => r.Exact),
            emergencies.Count,
            emergencies.Count(r => r.RightDisposition),
            results.Count(r => r.UnderTriaged),
            results.Count(r => r.OverTriaged),
            results.Count == 0 ? 0 : results.Average(r => r.Questions),
            results.Count(r => r.ExpectsAdvice),
            results.Count(r => r.ExpectsAdvice && r.GaveExpectedAdvice));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"vignettes {Vignettes} | accuracy {Exact}/{Vignettes} ({Share(Exact, Vignettes):F1} %) | " +
        $"emergency recall {EmergenciesCaught}/{Emergencies} ({Share(EmergenciesCaught, Emergencies):F1} %) | " +
        $"under-triage {UnderTriaged} ({Share(UnderTriaged, Vignettes):F1} %) | over-triage {OverTriaged} ({Share(OverTriaged, Vignettes):F1} %) | " +
        $"specialists and tips {AdviceGiven}/{WithAdvice} ({Share(AdviceGiven, WithAdvice):F1} %) | questions {MeanQuestions:F2} on average");

    private static double Share(int part, int whole) => whole == 0 ? 100 : 100.0 * part / whole;
}
