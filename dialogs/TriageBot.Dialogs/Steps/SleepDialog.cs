using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Steps;

/// <summary>Mattress, pillow, position and evenings, which select sleep tips; "sleep is fine" is an answer.</summary>
public sealed class SleepDialog(TriageProtocol protocol) : StepDialog(protocol)
{
    public override TriageStep Step => TriageStep.Sleep;

    protected override bool NoneAnswers => true;
}
