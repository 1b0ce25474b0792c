using Stateless;
using Stateless.Graph;
using Stateless.Reflection;
using TriageBot.Triage.Model;

namespace TriageBot.Triage;

/// <summary>
/// The triage as a Stateless state machine: the single source of truth for where a conversation is and where
/// it may go. Its state lives in the <see cref="TriageRecord"/> (external state storage), so the conversation
/// survives a restart. Dialogs ask and interpret; this class decides what comes next.
/// </summary>
public sealed class TriageConversation
{
    private readonly TriageRecord _record;
    private readonly TriageProtocol _protocol;
    private readonly OutcomeRules _rules;
    private readonly StateMachine<TriageStep, TriageTrigger> _machine;

    public TriageConversation(TriageRecord record, TriageProtocol protocol)
    {
        _record = record;
        _protocol = protocol;
        _rules = new OutcomeRules(protocol);
        _machine = new StateMachine<TriageStep, TriageTrigger>(() => _record.Step, step => _record.Step = step);
        foreach (var question in protocol.Steps)
            ConfigureQuestion(question.Step);
        ConfigureOutcomes();
    }

    public TriageStep Step => _machine.State;

    public bool IsAsking => Step < TriageStep.Outcome;

    /// <summary>Whether the question being asked was already asked once and not understood.</summary>
    public bool IsAskingAgain => IsAsking && _record.Misses > 0;

    public TriageOutcome Outcome => _rules.Decide(_record.Findings.Select(f => f.Id));

    /// <summary>Records everything the message says, then moves: a red flag to the emergency, an answer to
    /// the next open question (or the outcome), a miss to a re-ask or, the second time, on.</summary>
    public void Hear(PatientAnswer answer)
    {
        foreach (var finding in answer.Affirmed)
        {
            _record.Hear(finding);
            if (_protocol.Finding(finding.Id).Answers is { } answered && answered != Step)
                _record.Settle(answered, answered: true);
        }

        foreach (var finding in answer.Denied)
            _record.Deny(finding);

        if (answer.Affirmed.Any(f => _protocol.Finding(f.Id).IsRedFlag))
        {
            _machine.Fire(TriageTrigger.RedFlagHeard);
            return;
        }

        if (!IsAsking)
            return;
        if (answer.AnswersQuestion)
            _record.Settle(Step, answered: true);
        _machine.Fire(answer.AnswersQuestion ? TriageTrigger.Answered : TriageTrigger.NotUnderstood);
    }

    public void StartOver() => _machine.Fire(TriageTrigger.StartOver);

    /// <summary>The flow as a Mermaid state diagram, for docs/triage-flow.md.</summary>
    public static string FlowChart(TriageProtocol protocol) =>
        MermaidGraph.Format(new TriageConversation(new TriageRecord(), protocol)._machine.GetInfo());

    private void ConfigureQuestion(TriageStep question)
    {
        var onward = OnwardSteps(question);
        var state = _machine.Configure(question)
            .OnEntry(t => _record.Misses = t.IsReentry && t.Trigger == TriageTrigger.NotUnderstood ? _record.Misses + 1 : 0)
            .OnExit(t =>
            {
                if (t.Trigger == TriageTrigger.NotUnderstood && !t.IsReentry)
                    _record.Settle(question, answered: false);
            })
            .PermitDynamic(TriageTrigger.Answered, () => NextQuestionAfter(question), "next open question", onward)
            .PermitReentryIf(TriageTrigger.NotUnderstood, () => _record.Misses == 0, "first miss: ask again")
            .PermitDynamicIf(TriageTrigger.NotUnderstood, () => NextQuestionAfter(question), () => _record.Misses > 0, "second miss: move on", onward)
            .Permit(TriageTrigger.RedFlagHeard, TriageStep.Emergency);
        if (question == TriageStep.Complaint)
            state.PermitReentry(TriageTrigger.StartOver).OnEntryFrom(TriageTrigger.StartOver, _record.StartOver);
        else
            state.Permit(TriageTrigger.StartOver, TriageStep.Complaint);
    }

    private void ConfigureOutcomes()
    {
        _machine.Configure(TriageStep.Outcome)
            .Permit(TriageTrigger.RedFlagHeard, TriageStep.Emergency)
            .Permit(TriageTrigger.StartOver, TriageStep.Complaint)
            .Ignore(TriageTrigger.Answered)
            .Ignore(TriageTrigger.NotUnderstood);

        // A red flag after the emergency advice repeats it: the patient must see the emergency number again.
        _machine.Configure(TriageStep.Emergency)
            .PermitReentry(TriageTrigger.RedFlagHeard)
            .Permit(TriageTrigger.StartOver, TriageStep.Complaint)
            .Ignore(TriageTrigger.Answered)
            .Ignore(TriageTrigger.NotUnderstood);
    }

    /// <summary>The first question after this one that is not settled and still worth asking for the
    /// disposition heard so far; the outcome when there is none.</summary>
    private TriageStep NextQuestionAfter(TriageStep current)
    {
        var disposition = _rules.DispositionOf(_record.Findings.Select(f => f.Id));
        return _protocol.Steps
            .Where(s => s.Step != current && !_record.IsSettled(s.Step) && s.AskedFor.Contains(disposition))
            .Select(s => (TriageStep?)s.Step)
            .FirstOrDefault() ?? TriageStep.Outcome;
    }

    private DynamicStateInfos OnwardSteps(TriageStep question)
    {
        var infos = new DynamicStateInfos();
        foreach (var step in _protocol.Steps.Select(s => s.Step).Where(s => s > question).Append(TriageStep.Outcome))
            infos.Add(step, step == TriageStep.Outcome ? "nothing left to ask" : $"{step} still open");
        return infos;
    }
}
