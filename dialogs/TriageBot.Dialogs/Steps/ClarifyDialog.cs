using Microsoft.Bot.Schema;
using TriageBot.Dialogs.Rendering;
using TriageBot.Language;
using TriageBot.Triage;
using TriageBot.Triage.Model;
using TriageBot.Triage.Texts;

namespace TriageBot.Dialogs.Steps;

/// <summary>
/// PROTOCOL.md, "Asking when unsure": one closed question about a red flag the patient half said, with Yes and
/// No on every channel. A yes (or the finding said outright) counts as the finding; a no denies it; "not sure",
/// or a yes that denies the finding in its own words, leaves it unheard. Whatever else the answer says is heard as
/// always.
/// </summary>
public sealed class ClarifyDialog : QuestionDialog
{
    public override TriageStep Step => TriageStep.Clarify;

    public override IMessageActivity Ask(TriageRecord record, ProtocolTexts texts, string channelId, string? lead = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(texts);
        var finding = record.Clarifying ?? throw new InvalidOperationException("No red flag to ask about.");
        var question = texts.Clarify.Questions[finding];
        var message = QuickReplies.Message(channelId, lead is null ? question : $"{lead}\n\n{question}", [texts.Clarify.Yes, texts.Clarify.No]);
        message.ChannelData = TriageChannelData.ForQuestion(Step, finding);
        return message;
    }

    /// <summary>Never asked twice: any answer moves on.</summary>
    public override IMessageActivity AskAgain(TriageRecord record, ProtocolTexts texts, string channelId) => Ask(record, texts, channelId);

    public override PatientAnswer Interpret(string text, Understanding understanding, ProtocolTexts texts, TriageRecord record)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        ArgumentNullException.ThrowIfNull(texts);
        var answer = Heard(understanding, record, _ => true, saysNoneAnswers: true);
        if (record.Clarifying is not { } finding)
            return answer;
        var said = new HeardFinding(finding, text, Step);
        var closed = IsButton(text, texts.Clarify.Yes) ? ClosedAnswer.Yes
            : IsButton(text, texts.Clarify.No) ? ClosedAnswer.No
            : understanding.Answer;
        if (closed == ClosedAnswer.Yes && !answer.Denied.Any(d => d.Id == finding))
            return answer with { Affirmed = [.. answer.Affirmed, said], AnswersQuestion = true };
        if (closed == ClosedAnswer.No && !answer.Affirmed.Any(a => a.Id == finding))
            return answer with { Denied = [.. answer.Denied, said], AnswersQuestion = true };
        return answer with { AnswersQuestion = true };
    }
}
