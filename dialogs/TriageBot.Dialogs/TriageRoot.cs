using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TriageBot.Dialogs.Rendering;
using TriageBot.Dialogs.Steps;
using TriageBot.Language;
using TriageBot.Triage;
using TriageBot.Triage.Model;
using TriageBot.Triage.Texts;

namespace TriageBot.Dialogs;

/// <summary>
/// Runs one turn: interruptions first (a red flag always wins over a command), then the current step's
/// interpretation, the machine's trigger, and the next question or the outcome. No dialog stack of its own:
/// the <see cref="TriageConversation"/> knows where the conversation is.
/// </summary>
public sealed class TriageRoot(
    TriageProtocol protocol,
    ITextUnderstanding understanding,
    IEnumerable<QuestionDialog> questions,
    OutcomeMessage outcomes,
    ClinicText clinic)
{
    private readonly Dictionary<TriageStep, QuestionDialog> _dialogs = questions.ToDictionary(d => d.Step);

    /// <summary>The greeting and the first question, when a patient opens the chat.</summary>
    public IReadOnlyList<IActivity> Welcome(TriageRecord record, PatientMessage opening, string channelId)
    {
        record.Language = opening.Language ?? record.Language;
        record.Welcomed = true;
        var texts = protocol.Texts(record.Language);
        return [.. Greeting(texts, opening), Prompt(new TriageConversation(record, protocol), record, texts, channelId)];
    }

    public async Task<TurnReply> RunAsync(TriageRecord record, PatientMessage message, string channelId, CancellationToken cancellationToken = default)
    {
        record.Language = message.Language ?? record.Language;
        var texts = protocol.Texts(record.Language);
        var conversation = new TriageConversation(record, protocol);
        var replies = new List<IActivity>();
        if (!record.Welcomed)
        {
            replies.AddRange(Greeting(texts, message));
            record.Welcomed = true;
        }

        if (message.WasCut)
            replies.Add(Say(texts.Conversation.TooLong));
        if (message.HadAttachments)
            replies.Add(Say(texts.Conversation.AttachmentIgnored));
        if (!message.HasWords)
        {
            if (!message.HadAttachments)
                replies.Add(Say(texts.Conversation.NoText));
            replies.Add(Prompt(conversation, record, texts, channelId));
            return new TurnReply(replies);
        }

        var understood = await understanding.UnderstandAsync(message.Text, record.Language, cancellationToken);
        if (understood.SpeaksForSomeoneElse && record.Findings.Count == 0)
            record.ForSomeoneElse = true; // a carer's first words: the person cared for is the patient
        var hasRedFlag = understood.AffirmedFor(record.ForSomeoneElse).Any(m => protocol.Finding(m.FindingId).IsRedFlag);
        if (!hasRedFlag && understood.Command is { } command)
            return Interrupt(command, conversation, record, texts, channelId, replies);

        var before = conversation.Step;
        conversation.Hear(conversation.IsAsking
            ? _dialogs[before].Interpret(message.Text, understood, texts, record)
            : OutsideQuestions(understood, record, before));
        replies.Add(After(before, hasRedFlag, conversation, record, texts, channelId));
        return new TurnReply(replies);
    }

    private IActivity After(TriageStep before, bool hasRedFlag, TriageConversation conversation, TriageRecord record, ProtocolTexts texts, string channelId)
    {
        var step = conversation.Step;
        if ((step == TriageStep.Emergency && (before != step || hasRedFlag)) || (step == TriageStep.Outcome && before != step))
            return outcomes.Render(conversation.Outcome, texts, channelId);
        if (!conversation.IsAsking)
            return Prompt(conversation, record, texts, channelId);
        if (step == before && conversation.IsAskingAgain)
            return _dialogs[step].AskAgain(record, texts, channelId);
        var movedOn = record.UnansweredSteps.Contains(before) && step != before;
        return _dialogs[step].Ask(record, texts, channelId, movedOn ? texts.Conversation.MovingOn : null);
    }

    private TurnReply Interrupt(PatientCommand command, TriageConversation conversation, TriageRecord record, ProtocolTexts texts, string channelId, List<IActivity> replies)
    {
        switch (command)
        {
            case PatientCommand.ForgetMe:
                return new TurnReply([Say(texts.Conversation.Forgotten)], ForgetConversation: true);
            case PatientCommand.StartOver:
                conversation.StartOver();
                replies.Add(Say(texts.Conversation.StartingOver));
                break;
            case PatientCommand.TalkToStaff:
                record.HandoffRequested = true;
                replies.Add(Say(clinic.Fill(texts.Conversation.Staff)));
                break;
            default:
                replies.Add(Say(clinic.Fill(texts.Conversation.Help)));
                break;
        }

        replies.Add(Prompt(conversation, record, texts, channelId));
        return new TurnReply(replies, HandoffRequested: command == PatientCommand.TalkToStaff);
    }

    /// <summary>The question being asked, or after the outcome the offer to start over or talk to staff.</summary>
    private IActivity Prompt(TriageConversation conversation, TriageRecord record, ProtocolTexts texts, string channelId) => conversation.IsAsking
        ? _dialogs[conversation.Step].Ask(record, texts, channelId)
        : QuickReplies.Message(channelId, clinic.Fill(texts.Conversation.AfterOutcome), [texts.Conversation.StartOverButton, texts.Conversation.StaffButton]);

    private static PatientAnswer OutsideQuestions(Understanding understood, TriageRecord record, TriageStep step) => new(
        [.. understood.AffirmedFor(record.ForSomeoneElse).Select(m => new HeardFinding(m.FindingId, m.Evidence, step))],
        [.. understood.Negated.Select(m => new HeardFinding(m.FindingId, m.Evidence, step))],
        AnswersQuestion: false);

    private IEnumerable<IActivity> Greeting(ProtocolTexts texts, PatientMessage message)
    {
        yield return Say(clinic.Fill(texts.Welcome));
        if (message.IsOtherLanguage)
            yield return Say(texts.OtherLanguageNote);
    }

    private static Activity Say(string text) => MessageFactory.Text(text);
}
