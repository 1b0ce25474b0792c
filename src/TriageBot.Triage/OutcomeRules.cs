using TriageBot.Triage.Model;

namespace TriageBot.Triage;

/// <summary>
/// PROTOCOL.md sections 2 and 4: the disposition is the most urgent level among all findings; specialists and
/// tips follow from the findings. Pure functions of the findings, so the outcome never needs to be stored.
/// </summary>
public sealed class OutcomeRules(TriageProtocol protocol)
{
    public Disposition DispositionOf(IEnumerable<string> heard) => Decide(heard).Disposition;

    public TriageOutcome Decide(IEnumerable<string> heard)
    {
        var findings = WithDerived(heard.ToHashSet(StringComparer.Ordinal));
        var levels = findings.Select(id => protocol.Finding(id).Level).OfType<Disposition>().ToList();
        var disposition = levels.Count == 0 ? Disposition.SelfCare : levels.Max();
        var emergency = disposition == Disposition.Emergency;
        var givesTips = !emergency;
        return new TriageOutcome(
            disposition,
            findings,
            [.. findings.Where(id => protocol.Finding(id).Level == disposition)],
            emergency || disposition == Disposition.SelfCare ? [] : Specialists(findings),
            givesTips ? Tips(findings) : [],
            protocol.Rules.ExerciseTherapyFor.Contains(disposition)
                && !findings.Any(protocol.Rules.ExerciseTherapyNotWith.Contains),
            disposition == Disposition.Consult && findings.Contains("neuro_signs")
                && findings.Contains("cervical") && findings.Contains("numbness"));
    }

    /// <summary>The heard findings plus those they imply, in the protocol's order.</summary>
    private List<string> WithDerived(HashSet<string> heard)
    {
        foreach (var finding in protocol.Findings)
        {
            if (finding.DerivedFrom.Any(set => set.All(heard.Contains)))
                heard.Add(finding.Id);
        }

        return [.. protocol.Findings.Select(f => f.Id).Where(heard.Contains)];
    }

    private List<string> Specialists(List<string> findings)
    {
        var named = findings.SelectMany(id => protocol.Finding(id).Specialists).Append(ProtocolRules.Therapist).ToHashSet();
        return [.. protocol.Rules.SpecialistOrder.Where(named.Contains)];
    }

    private List<string> Tips(List<string> findings)
    {
        var selected = findings.Select(id => protocol.Finding(id).Tip).OfType<string>()
            .Concat(protocol.Rules.AlwaysTips).ToHashSet();
        return [.. protocol.Rules.TipOrder.Where(selected.Contains)];
    }
}
