using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Steps;

/// <summary>Pregnancy and the signs that point to a specialist; "nothing else" is an answer.</summary>
public sealed class ContextDialog(TriageProtocol protocol) : StepDialog(protocol)
{
    public override TriageStep Step => TriageStep.Context;

    protected override bool NoneAnswers => true;
}
