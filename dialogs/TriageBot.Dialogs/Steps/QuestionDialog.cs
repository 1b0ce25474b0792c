using Microsoft.Bot.Schema;
using TriageBot.Language;
using TriageBot.Triage;
using TriageBot.Triage.Model;
using TriageBot.Triage.Texts;
using Mention = TriageBot.Language.Mention;

namespace TriageBot.Dialogs.Steps;

/// <summary>
/// A question the bot asks: it asks (wording, quick replies, the triage contract) and interprets the answer
/// into findings. It never decides what comes next; the <see cref="TriageConversation"/> does.
/// </summary>
public abstract class QuestionDialog
{
    public abstract TriageStep Step { get; }

    public abstract IMessageActivity Ask(TriageRecord record, ProtocolTexts texts, string channelId, string? lead = null);

    /// <summary>The re-ask after an answer that was not understood.</summary>
    public abstract IMessageActivity AskAgain(TriageRecord record, ProtocolTexts texts, string channelId);

    public abstract PatientAnswer Interpret(string text, Understanding understanding, ProtocolTexts texts, TriageRecord record);

    /// <summary>What the message says of the patient: of the writer, or of the person a carer writes for. Any
    /// mention of what the question asks about answers it, also one of the past or of someone else.</summary>
    protected PatientAnswer Heard(Understanding understanding, TriageRecord record, Func<string, bool> answers, bool saysNoneAnswers)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        ArgumentNullException.ThrowIfNull(record);
        var affirmed = understanding.AffirmedFor(record.ForSomeoneElse).Select(Heard).ToList();
        var denied = understanding.Negated.Select(Heard).ToList();
        var halfHeard = understanding.HalfSaid.Where(m => record.ForSomeoneElse ? !m.ThirdPersons : !m.SomeoneElses).Select(Heard).ToList();
        return new PatientAnswer(affirmed, denied, understanding.Mentions.Any(m => answers(m.FindingId)) || saysNoneAnswers, halfHeard);
    }

    protected HeardFinding Heard(Mention mention) => new(mention.FindingId, mention.Evidence, Step);

    protected static bool IsButton(string text, string title) => string.Equals(title, text.Trim(), StringComparison.OrdinalIgnoreCase);
}
