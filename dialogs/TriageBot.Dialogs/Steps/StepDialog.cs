using Microsoft.Bot.Schema;
using TriageBot.Dialogs.Rendering;
using TriageBot.Language;
using TriageBot.Triage;
using TriageBot.Triage.Model;
using TriageBot.Triage.Texts;

namespace TriageBot.Dialogs.Steps;

/// <summary>
/// One question of the protocol. There is one per step; what tells them apart (wording, buttons, what answers
/// them) is protocol data.
/// </summary>
public sealed class StepDialog(TriageProtocol protocol, StepDefinition definition) : QuestionDialog
{
    public override TriageStep Step => definition.Step;

    public override IMessageActivity Ask(TriageRecord record, ProtocolTexts texts, string channelId, string? lead = null)
    {
        var question = Texts(texts);
        var text = lead is null ? question.Question : $"{lead}\n\n{question.Question}";
        var message = QuickReplies.Message(channelId, text, question.Buttons.Select(b => b.Title));
        message.ChannelData = TriageChannelData.ForQuestion(Step);
        return message;
    }

    /// <summary>The re-ask after an answer that was not understood: with an example of an answer.</summary>
    public override IMessageActivity AskAgain(TriageRecord record, ProtocolTexts texts, string channelId) =>
        Ask(record, texts, channelId, $"{texts.Conversation.NotUnderstood} {texts.Conversation.ExamplePrefix} \"{Texts(texts).Example}\"");

    public override PatientAnswer Interpret(string text, Understanding understanding, ProtocolTexts texts, TriageRecord record)
    {
        var button = Texts(texts).Buttons.FirstOrDefault(b => IsButton(text, b.Title));
        if (button is not null)
            return new PatientAnswer([.. button.Findings.Select(id => new HeardFinding(id, button.Title, Step))], [], true);
        return Heard(understanding, record, IsAbout, (definition.NoneAnswers && understanding.SaysNone) || understanding.IsAbout(ProtocolIds.Of(Step)));
    }

    private bool IsAbout(string findingId) => definition.Groups.Contains(protocol.Finding(findingId).Group);

    private QuestionTexts Texts(ProtocolTexts texts) => texts.Questions[ProtocolIds.Of(Step)];
}
