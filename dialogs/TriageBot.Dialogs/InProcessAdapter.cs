using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TriageBot.Dialogs;

/// <summary>
/// Runs the bot inside the process, with no channel: an activity goes in, the bot's replies come back. For the
/// command line and, later, the self-hosted Direct Line endpoint.
/// </summary>
public sealed class InProcessAdapter : BotAdapter
{
    private const string RepliesKey = "TriageBot.InProcessReplies";

    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        var replies = new List<Activity>();
        using var turn = new TurnContext(this, activity);
        turn.TurnState.Add(RepliesKey, replies);
        await RunPipelineAsync(turn, bot.OnTurnAsync, cancellationToken);
        lock (replies)
            return [.. replies];
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var replies = turnContext.TurnState.Get<List<Activity>>(RepliesKey);
        var responses = new ResourceResponse[activities.Length];
        // The typing middleware sends from a background task while the turn goes on.
        lock (replies)
        {
            for (var i = 0; i < activities.Length; i++)
            {
                activities[i].Id ??= Guid.NewGuid().ToString("N");
                replies.Add(activities[i]);
                responses[i] = new ResourceResponse(activities[i].Id);
            }
        }

        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Messages are not edited in process.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Messages are not deleted in process.");
}
