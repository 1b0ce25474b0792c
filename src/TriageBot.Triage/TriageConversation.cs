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
    /// <summary>PROTOCOL.md, "Asking when unsure": never more than two closed questions in one conversation.</summary>
    public const int MaxClarifications = 2;

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
        ConfigureClarify();
        ConfigureOutcomes();

        // A record saved at a closed question without its red flag (an older version's) has nothing to ask.
        if (Step == TriageStep.Clarify && _record.Clarifying is null)
            _machine.Fire(TriageTrigger.Answered);
    }

    public TriageStep Step => _machine.State;

    public bool IsAsking => Step is not (TriageStep.Outcome or TriageStep.Emergency);

    /// <summary>The red flag the closed question being asked is about; null at any other step.</summary>
    public string? Clarifying => Step == TriageStep.Clarify ? _record.Clarifying : null;

    /// <summary>Whether the question being asked was already asked once and not understood.</summary>
    public bool IsAskingAgain => IsAsking && _record.Misses > 0;

    public TriageOutcome Outcome => _rules.Decide(_record.Findings.Select(f => f.Id));

    /// <summary>Records everything the message says, then moves: a red flag to the emergency, half a red flag
    /// to a closed question about it, an answer to the next open question (or the outcome), a miss to a re-ask
    /// or, the second time, on.</summary>
    public void Hear(PatientAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
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
        var doubt = WorthAsking(answer);
        if (Step == TriageStep.Clarify)
        {
            // A yes was heard as the finding above; a no or an unclear answer leaves it unheard. Another red flag
            // half said in the answer is asked about next, while closed questions are left.
            if (doubt is not null)
                AskAbout(doubt);
            else
                _machine.Fire(TriageTrigger.Answered);
            return;
        }

        if (answer.AnswersQuestion)
            _record.Settle(Step, answered: true);
        else if (doubt is not null && _record.Misses > 0)
            _record.Settle(Step, answered: false); // the second miss moves on, after the closed question
        if (doubt is not null)
            AskAbout(doubt);
        else
            _machine.Fire(answer.AnswersQuestion ? TriageTrigger.Answered : TriageTrigger.NotUnderstood);
    }

    private void AskAbout(HeardFinding doubt)
    {
        _record.Clarifying = doubt.Id;
        _record.AskedAbout.Add(doubt.Id);
        _machine.Fire(TriageTrigger.HalfSaid);
    }

    /// <summary>The first half-said red flag not yet heard, denied or asked about, while questions are left.</summary>
    private HeardFinding? WorthAsking(PatientAnswer answer) => _record.AskedAbout.Count >= MaxClarifications
        ? null
        : (answer.HalfSaid ?? []).FirstOrDefault(f => _protocol.Finding(f.Id).IsRedFlag && !_record.Knows(f.Id) && !_record.AskedAbout.Contains(f.Id));

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
            .Permit(TriageTrigger.HalfSaid, TriageStep.Clarify)
            .Permit(TriageTrigger.RedFlagHeard, TriageStep.Emergency);
        if (question == TriageStep.Complaint)
            state.PermitReentry(TriageTrigger.StartOver).OnEntryFrom(TriageTrigger.StartOver, _record.StartOver);
        else
            state.Permit(TriageTrigger.StartOver, TriageStep.Complaint);
    }

    /// <summary>The closed question: any answer goes back to where the conversation was, a yes to a red flag
    /// straight to the emergency.</summary>
    private void ConfigureClarify()
    {
        _machine.Configure(TriageStep.Clarify)
            .OnEntryFrom(TriageTrigger.HalfSaid, t =>
            {
                if (!t.IsReentry)
                    _record.InterruptedStep = t.Source;
            })
            .OnExit(t =>
            {
                if (!t.IsReentry)
                    _record.Clarifying = null;
            })
            .PermitDynamic(TriageTrigger.Answered, Resume, "back to the questions", OpenSteps(_protocol.Steps.Select(s => s.Step)))
            .PermitReentry(TriageTrigger.HalfSaid)
            .Ignore(TriageTrigger.NotUnderstood) // a guard: Hear answers every closed question
            .Permit(TriageTrigger.RedFlagHeard, TriageStep.Emergency)
            .Permit(TriageTrigger.StartOver, TriageStep.Complaint);
    }

    /// <summary>The interrupted question again if it is still open, else the next open one.</summary>
    private TriageStep Resume() => _record.IsSettled(_record.InterruptedStep)
        ? NextQuestionAfter(_record.InterruptedStep)
        : _record.InterruptedStep;

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

    private DynamicStateInfos OnwardSteps(TriageStep question) => OpenSteps(_protocol.Steps.Select(s => s.Step).Where(s => s > question));

    /// <summary>Where a dynamic transition may lead, for the flow document: these questions, or the outcome.</summary>
    private static DynamicStateInfos OpenSteps(IEnumerable<TriageStep> questions)
    {
        var infos = new DynamicStateInfos();
        foreach (var step in questions.Append(TriageStep.Outcome))
            infos.Add(step, step == TriageStep.Outcome ? "nothing left to ask" : $"{step} still open");
        return infos;
    }
}
