using Microsoft.Bot.Schema;
using TriageBot.Triage;
using TriageBot.Triage.Model;
using TriageBot.Triage.Texts;

namespace TriageBot.Dialogs.Rendering;

/// <summary>
/// The outcome exactly as PROTOCOL.md section 3 lists it. An emergency says what to do first and little else;
/// every other outcome ends with the safety-net.
/// </summary>
public sealed class OutcomeMessage(ClinicText clinic)
{
    public IMessageActivity Render(TriageOutcome outcome, ProtocolTexts texts, string channelId)
    {
        var parts = Parts(outcome, texts).Where(p => p.Length > 0).ToList();
        var message = QuickReplies.Message(
            channelId,
            string.Join("\n\n", parts),
            [texts.Conversation.StartOverButton, texts.Conversation.StaffButton]);
        message.ChannelData = TriageChannelData.ForOutcome(outcome);
        return message;
    }

    private IEnumerable<string> Parts(TriageOutcome outcome, ProtocolTexts texts)
    {
        var o = texts.Outcome;
        yield return $"**{clinic.Fill(o.Headlines[ProtocolIds.Of(outcome.Disposition)])}**";
        if (outcome.Disposition == Disposition.Emergency)
            yield return clinic.Fill(o.Emergency);
        yield return outcome.Reasons.Count == 0 ? "" : clinic.Fill(o.Because, findings: List(outcome.Reasons, texts.Findings, o));
        switch (outcome.Disposition)
        {
            case Disposition.Urgent:
                yield return clinic.Fill(o.Urgent);
                break;
            case Disposition.Consult:
                yield return clinic.Fill(o.WhoToSee, specialists: List(outcome.Specialists, texts.Specialists, o));
                yield return o.Examinations;
                yield return outcome.NeckMri ? o.NeckMri : "";
                yield return o.Meanwhile;
                break;
        }

        if (outcome.Tips.Count > 0)
            yield return $"{o.TipsIntro}\n\n{string.Join("\n", outcome.Tips.Select(tip => $"- {texts.Tips[tip]}"))}";
        yield return outcome.ExerciseTherapy ? o.ExerciseTherapy : "";
        yield return outcome.Disposition == Disposition.SelfCare ? o.WhenToSeeDoctor : "";
        yield return outcome.Disposition == Disposition.Emergency ? "" : clinic.Fill(o.SafetyNet);
        yield return $"_{o.NotADiagnosis}_ {o.Offer}";
    }

    private static string List(IReadOnlyList<string> ids, IReadOnlyDictionary<string, string> names, OutcomeTexts o)
    {
        var words = ids.Select(id => names[id]).ToList();
        return words.Count == 1 ? words[0] : $"{string.Join(", ", words[..^1])} {o.ListJoiner} {words[^1]}";
    }
}
