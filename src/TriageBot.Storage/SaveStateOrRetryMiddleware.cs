using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace TriageBot.Storage;

/// <summary>
/// Makes a turn a transaction over the conversation's state: the bot's replies are held back until the state
/// they follow from is saved. When another turn of the same conversation saved first (an ETag conflict), the
/// turn runs again on the fresh state, so two racing messages are both answered and neither is lost.
/// </summary>
public sealed class SaveStateOrRetryMiddleware(ConversationState state, ILogger<SaveStateOrRetryMiddleware> logger) : IMiddleware
{
    public const int MaxAttempts = 5;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var held = new List<Activity>();
        var holding = true;
        turnContext.OnSendActivities(async (_, activities, send) =>
        {
            if (!holding)
                return await send();
            held.AddRange(activities);
            return [.. activities.Select(a => new ResourceResponse(a.Id ?? ""))];
        });

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                held.Clear();
                await next(cancellationToken);
                try
                {
                    await state.SaveChangesAsync(turnContext, force: false, cancellationToken);
                    break;
                }
                catch (StorageConflictException) when (attempt < MaxAttempts)
                {
                    logger.LogInformation("A turn lost an ETag race (attempt {Attempt}); running it again on the saved state.", attempt);
                    await state.LoadAsync(turnContext, force: true, cancellationToken);
                }
            }
        }
        finally
        {
            // A failed turn's replies are dropped, but the error handler's apology must get through.
            holding = false;
        }

        if (held.Count > 0)
            await turnContext.SendActivitiesAsync([.. held], cancellationToken);
    }
}
