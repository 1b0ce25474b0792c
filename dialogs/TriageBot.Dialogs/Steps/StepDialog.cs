using Microsoft.Bot.Schema;
using TriageBot.Dialogs.Rendering;
using TriageBot.Language;
using Mention = TriageBot.Language.Mention;
using TriageBot.Triage;
using TriageBot.Triage.Model;
using TriageBot.Triage.Texts;

namespace TriageBot.Dialogs.Steps;

/// <summary>
/// One question of the protocol: it asks (wording, quick replies, the triage contract) and interprets the
/// answer into findings. It never decides what comes next; the <see cref="TriageConversation"/> does.
/// There is one per step; what tells them apart (wording, buttons, what answers them) is protocol data.
/// </summary>
public sealed class StepDialog(TriageProtocol protocol, StepDefinition definition)
{
    public TriageStep Step => definition.Step;

    public IMessageActivity Ask(ProtocolTexts texts, string channelId, string? lead = null)
    {
        var question = Texts(texts);
        var text = lead is null ? question.Question : $"{lead}\n\n{question.Question}";
        var message = QuickReplies.Message(channelId, text, question.Buttons.Select(b => b.Title));
        message.ChannelData = TriageChannelData.ForQuestion(Step);
        return message;
    }

    /// <summary>The re-ask after an answer that was not understood: with an example of an answer.</summary>
    public IMessageActivity AskAgain(ProtocolTexts texts, string channelId) =>
        Ask(texts, channelId, $"{texts.Conversation.NotUnderstood} {texts.Conversation.ExamplePrefix} \"{Texts(texts).Example}\"");

    public PatientAnswer Interpret(string text, Understanding understanding, ProtocolTexts texts)
    {
        var button = Texts(texts).Buttons.FirstOrDefault(b => string.Equals(b.Title, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (button is not null)
            return new PatientAnswer([.. button.Findings.Select(id => new HeardFinding(id, button.Title, Step))], [], true);

        var affirmed = understanding.Affirmed.Select(Heard).ToList();
        var denied = understanding.Mentions.Where(m => m.Negated).Select(Heard).ToList();
        var answers = affirmed.Concat(denied).Any(f => IsAbout(f.Id)) || (definition.NoneAnswers && understanding.SaysNone);
        return new PatientAnswer(affirmed, denied, answers);
    }

    private bool IsAbout(string findingId) => definition.Groups.Contains(protocol.Finding(findingId).Group);

    private HeardFinding Heard(Mention mention) => new(mention.FindingId, mention.Evidence, Step);

    private QuestionTexts Texts(ProtocolTexts texts) => texts.Questions[ProtocolIds.Of(Step)];
}
