using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Steps;

/// <summary>What the patient feels: numbness, pain or both. "No" tells nothing here, so it is asked again.</summary>
public sealed class ComplaintDialog(TriageProtocol protocol) : StepDialog(protocol)
{
    public override TriageStep Step => TriageStep.Complaint;

    protected override bool NoneAnswers => false;
}
