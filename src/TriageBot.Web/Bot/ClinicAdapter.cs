using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using TriageBot.Storage;

namespace TriageBot.Web.Bot;

/// <summary>The Bot Framework adapter for /api/messages, with the turn's middleware and error handler.</summary>
public sealed class ClinicAdapter : CloudAdapter
{
    public ClinicAdapter(
        BotFrameworkAuthentication authentication,
        SaveStateOrRetryMiddleware saveState,
        TurnErrorHandler errors,
        ILogger<ClinicAdapter> logger)
        : base(authentication, logger)
    {
        Use(new ShowTypingMiddleware(TypingIndicator.Delay, TypingIndicator.Period));
        Use(saveState);
        OnTurnError = errors.HandleAsync;
    }
}
