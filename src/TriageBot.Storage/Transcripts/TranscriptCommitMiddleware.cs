using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TriageBot.Storage.Transcripts;

/// <summary>
/// Outermost on the adapter: opens the turn's transcript, and once the bot, the state save and Bot Framework's
/// <see cref="TranscriptLoggerMiddleware"/> are done, writes what was said before the reply leaves the server.
/// </summary>
public sealed class TranscriptCommitMiddleware(TranscriptStore store) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // A stable id makes the incoming activity appear once however often the turn is retried.
        turnContext.Activity.Id ??= $"g_{Guid.NewGuid():N}";
        using var turn = TranscriptTurn.Begin();
        await next(cancellationToken);
        var activities = turn.Activities(SaveStateOrRetryMiddleware.Unsent(turnContext));
        foreach (var activity in activities)
        {
            // Channels rarely say who is who; the console needs it to draw the patient's and the bot's bubbles.
            if (activity.From is { } from && string.IsNullOrEmpty(from.Role))
                from.Role = activity.Id == turnContext.Activity.Id ? RoleTypes.User : RoleTypes.Bot;
        }

        await store.WriteAsync(activities, cancellationToken);
    }
}
