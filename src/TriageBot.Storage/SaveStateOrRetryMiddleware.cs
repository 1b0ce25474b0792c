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
    private const string UnsentKey = "TriageBot.UnsentReplies";

    /// <summary>Ids of replies a retried or failed attempt produced and never sent, so the transcript leaves them out.</summary>
    public static IReadOnlySet<string> Unsent(ITurnContext turnContext) =>
        turnContext?.TurnState.Get<HashSet<string>>(UnsentKey) ?? (IReadOnlySet<string>)new HashSet<string>();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var held = new List<Activity>();
        var unsent = new HashSet<string>();
        turnContext.TurnState.Set(UnsentKey, unsent);
        var holding = true;
        turnContext.OnSendActivities(async (_, activities, send) =>
        {
            if (!holding)
                return await send();
            foreach (var activity in activities)
                activity.Id ??= $"r_{Guid.NewGuid():N}"; // lets the transcript tell sent replies from dropped ones
            held.AddRange(activities);
            return [.. activities.Select(a => new ResourceResponse(a.Id ?? ""))];
        });

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                Drop(held, unsent);
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
        catch
        {
            Drop(held, unsent);
            throw;
        }
        finally
        {
            // A failed turn's replies are dropped, but the error handler's apology must get through.
            holding = false;
        }

        if (held.Count > 0)
            await turnContext.SendActivitiesAsync([.. held], cancellationToken);
    }

    private static void Drop(List<Activity> held, HashSet<string> unsent)
    {
        unsent.UnionWith(held.Select(a => a.Id));
        held.Clear();
    }
}
