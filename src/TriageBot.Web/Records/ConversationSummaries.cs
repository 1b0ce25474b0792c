using TriageBot.Storage.Conversations;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Web.Records;

/// <summary>Turns a triage record into the row the console lists, with the disposition the protocol gives.</summary>
public sealed class ConversationSummaries(TriageProtocol protocol)
{
    private readonly OutcomeRules _rules = new(protocol);

    public ConversationSummary Of(string conversationId, string channelId, TriageRecord record, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        var outcome = _rules.Decide(record.Findings.Select(f => f.Id));
        var heardAnything = record.Findings.Count > 0;
        return new ConversationSummary
        {
            ConversationId = conversationId,
            ChannelId = channelId,
            Locale = record.Language,
            Step = ProtocolIds.Of(record.Step),
            Disposition = heardAnything ? ProtocolIds.Of(outcome.Disposition) : null,
            Urgency = heardAnything ? (int)outcome.Disposition + 1 : 0,
            Finished = record.Step is TriageStep.Outcome or TriageStep.Emergency,
            FindingIds = outcome.Findings,
            Heard = [.. record.Findings.Select(Words)],
            Denied = [.. record.Denied.Select(Words)],
            Specialists = outcome.Specialists,
            Tips = outcome.Tips,
            HandoffRequested = record.HandoffRequested,
            StartedAt = record.StartedAt,
            UpdatedAt = now,
        };
    }

    private static HeardWords Words(HeardFinding finding) => new(finding.Id, finding.Evidence, ProtocolIds.Of(finding.Step));
}
