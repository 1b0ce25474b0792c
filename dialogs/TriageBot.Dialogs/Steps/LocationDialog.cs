using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Steps;

/// <summary>Where it is, and where it spreads to. "No" tells nothing here, so it is asked again.</summary>
public sealed class LocationDialog(TriageProtocol protocol) : StepDialog(protocol)
{
    public override TriageStep Step => TriageStep.Location;

    protected override bool NoneAnswers => false;
}
