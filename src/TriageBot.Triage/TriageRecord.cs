using TriageBot.Triage.Model;

namespace TriageBot.Triage;

/// <summary>
/// One patient's triage as it is persisted between turns. The state machine keeps its state here (Stateless
/// external state storage), so a restarted host or another instance continues the same conversation.
/// </summary>
public sealed class TriageRecord
{
    public TriageStep Step { get; set; } = TriageStep.Complaint;

    /// <summary>"en" or "ru": the language of the conversation, kept when a later activity has no locale.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Everything the patient affirmed, in the order said, first evidence kept.</summary>
    public List<HeardFinding> Findings { get; set; } = [];

    /// <summary>What the patient explicitly denied ("no fever"), for the operator's view.</summary>
    public List<HeardFinding> Denied { get; set; } = [];

    public List<TriageStep> AnsweredSteps { get; set; } = [];

    /// <summary>Steps given up on after a second answer that was not understood.</summary>
    public List<TriageStep> UnansweredSteps { get; set; } = [];

    /// <summary>Answers not understood at the current step; a second one moves on.</summary>
    public int Misses { get; set; }

    /// <summary>The red flag the closed question being asked is about (step Clarify).</summary>
    public string? Clarifying { get; set; }

    /// <summary>The question the closed question interrupted; the conversation goes on from it.</summary>
    public TriageStep InterruptedStep { get; set; }

    /// <summary>Every red flag a closed question asked about, in order; PROTOCOL.md allows two.</summary>
    public List<string> AskedAbout { get; set; } = [];

    /// <summary>A carer writes for the patient: the findings are the other person's.</summary>
    public bool ForSomeoneElse { get; set; }

    public bool HandoffRequested { get; set; }

    /// <summary>The greeting was shown (on joining, or before the first answer on channels that send no join).</summary>
    public bool Welcomed { get; set; }

    public DateTimeOffset StartedAt { get; set; } = DateTimeOffset.UtcNow;

    public bool Has(string findingId) => Findings.Exists(f => f.Id == findingId);

    public bool IsSettled(TriageStep step) => AnsweredSteps.Contains(step) || UnansweredSteps.Contains(step);

    /// <summary>Heard or denied: nothing left to ask about it.</summary>
    public bool Knows(string findingId) => Has(findingId) || Denied.Exists(f => f.Id == findingId);

    internal void Hear(HeardFinding finding)
    {
        if (!Has(finding.Id))
            Findings.Add(finding);
    }

    internal void Deny(HeardFinding finding)
    {
        if (!Denied.Exists(f => f.Id == finding.Id))
            Denied.Add(finding);
    }

    internal void Settle(TriageStep step, bool answered)
    {
        var list = answered ? AnsweredSteps : UnansweredSteps;
        if (!IsSettled(step))
            list.Add(step);
    }

    internal void StartOver()
    {
        Findings.Clear();
        Denied.Clear();
        AnsweredSteps.Clear();
        UnansweredSteps.Clear();
        AskedAbout.Clear();
        Clarifying = null;
        ForSomeoneElse = false;
        Misses = 0;
        StartedAt = DateTimeOffset.UtcNow;
    }
}
