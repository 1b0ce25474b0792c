using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Steps;

/// <summary>The red flags and urgent signs; "none of these" and "no fever" are answers.</summary>
public sealed class SymptomsDialog(TriageProtocol protocol) : StepDialog(protocol)
{
    public override TriageStep Step => TriageStep.Symptoms;

    protected override bool NoneAnswers => true;
}
