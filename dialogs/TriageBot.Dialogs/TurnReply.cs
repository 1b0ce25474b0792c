using Microsoft.Bot.Schema;

namespace TriageBot.Dialogs;

/// <summary>What a turn produced: the activities to send, and what the bot must do beyond sending them.</summary>
/// <param name="ForgetConversation">The patient asked to be forgotten: delete the conversation's data.</param>
/// <param name="HandoffRequested">The patient asked for staff: send the Bot Framework handoff event.</param>
public sealed record TurnReply(IReadOnlyList<IActivity> Activities, bool ForgetConversation = false, bool HandoffRequested = false);
