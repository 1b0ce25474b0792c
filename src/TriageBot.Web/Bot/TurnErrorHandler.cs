using Microsoft.Bot.Builder;
using TriageBot.Dialogs;
using TriageBot.Dialogs.Rendering;
using TriageBot.Triage;
using TriageBot.Web.Telemetry;

namespace TriageBot.Web.Bot;

/// <summary>
/// The core-bot sample's error handler, for every channel: log (never the patient's words), tell the patient
/// how to reach the clinic, clear the state that broke the turn.
/// </summary>
public sealed class TurnErrorHandler(ConversationState conversationState, TriageProtocol protocol, ClinicText clinic, TriageTelemetry telemetry, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        // Exception messages can quote input; the type and the stack say where it broke without it.
        logger.LogError("A turn failed with {ExceptionType} at {StackTrace}", exception.GetType().FullName, exception.StackTrace);
        telemetry.Errors.Add(1, new("type", exception.GetType().Name), new("channel", turnContext.Activity.ChannelId));
        var language = PatientMessage.LanguageOf(turnContext.Activity.Locale) ?? "en";
        var apology = clinic.Fill(protocol.Texts(language).Conversation.SomethingWentWrong);
        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(apology));
            await conversationState.DeleteAsync(turnContext);
        }
        catch (Exception inner) when (inner is not OperationCanceledException)
        {
            logger.LogError("The error handler could not reach the patient or clear the state: {ExceptionType}", inner.GetType().FullName);
        }
    }
}
