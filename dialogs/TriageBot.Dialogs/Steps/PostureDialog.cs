using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Steps;

/// <summary>Sitting, load, work and movement, which select posture tips; "nothing special" is an answer.</summary>
public sealed class PostureDialog(TriageProtocol protocol) : StepDialog(protocol)
{
    public override TriageStep Step => TriageStep.Posture;

    protected override bool NoneAnswers => true;
}
