using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs;

/// <summary>
/// The bot on the Bot Framework side: loads the conversation's triage record, lets the root run the turn and
/// sends what it produced. Saving the state (and retrying a turn that lost an ETag race) is the host's
/// middleware's job, so the replies here are sent only once the state they follow from is stored.
/// </summary>
public sealed class ClinicBot(
    ConversationState state, TriageRoot root, IConversationRecords records, IEmergencyAlerts alerts, ILogger<ClinicBot> logger) : ActivityHandler
{
    private readonly IStatePropertyAccessor<TriageRecord> _records = state.CreateProperty<TriageRecord>("triage");

    /// <remarks>ActivityHandler passes on only additions of someone other than the bot; Teams announces an
    /// install by adding the bot alone, so the additions are read here.</remarks>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var membersAdded = turnContext.Activity.MembersAdded ?? [];
        var botAdded = membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id);
        if (turnContext.Activity.Conversation?.ConversationType == "channel")
        {
            // A Teams team is where staff work, not a patient's chat: no questions there, maybe alerts.
            if (botAdded)
                await alerts.TeamJoinedAsync(turnContext, cancellationToken);
            return;
        }

        // Teams tells a personal install by adding the bot alone; other channels add the patient.
        if (membersAdded.Count == 0)
            return;
        var record = await _records.GetAsync(turnContext, () => new TriageRecord(), cancellationToken);
        if (record.Welcomed)
            return;
        var opening = PatientMessage.From(((ITurnContext)turnContext).Activity);
        await turnContext.SendActivitiesAsync([.. root.Welcome(record, opening, turnContext.Activity.ChannelId)], cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var record = await _records.GetAsync(turnContext, () => new TriageRecord(), cancellationToken);
        var before = record.Step;
        var reply = await root.RunAsync(record, PatientMessage.From(((ITurnContext)turnContext).Activity), turnContext.Activity.ChannelId, cancellationToken);
        var activities = reply.Activities.ToList();
        if (reply.ForgetConversation)
        {
            await state.DeleteAsync(turnContext, cancellationToken);
            await records.ForgetAsync(turnContext.Activity.Conversation.Id, cancellationToken);
            logger.LogInformation("Conversation data deleted at the patient's request.");
        }
        else
        {
            await records.RecordAsync(turnContext.Activity.Conversation.Id, turnContext.Activity.ChannelId, record, cancellationToken);
            if (record.Step == TriageStep.Emergency && before != TriageStep.Emergency)
                alerts.Raise(turnContext.Activity.Conversation.Id, turnContext.Activity.ChannelId, record);
        }

        if (reply.HandoffRequested)
        {
            // The handoff context names where the triage stands, never what the patient wrote.
            var context = new { step = record.Step.ToString(), language = record.Language };
            activities.Add(EventFactory.CreateHandoffInitiation(turnContext, context));
            logger.LogInformation("Patient asked to talk to staff at step {Step}.", record.Step);
        }

        await turnContext.SendActivitiesAsync([.. activities], cancellationToken);
    }

    protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        logger.LogDebug("Ignored an activity of type {ActivityType}.", turnContext.Activity.Type);
        return Task.CompletedTask;
    }
}
