using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder;
using TriageBot.Storage;
using TriageBot.Storage.Transcripts;
using TriageBot.Web.Telemetry;

namespace TriageBot.Web.Bot;

/// <summary>The Bot Framework adapter for /api/messages, with the turn's middleware and error handler.</summary>
public sealed class ClinicAdapter : CloudAdapter
{
    public ClinicAdapter(
        BotFrameworkAuthentication authentication,
        TurnTelemetryMiddleware telemetry,
        TranscriptCommitMiddleware commitTranscript,
        TranscriptLoggerMiddleware transcript,
        SaveStateOrRetryMiddleware saveState,
        TurnErrorHandler errors,
        ILogger<ClinicAdapter> logger)
        : base(authentication, logger)
    {
        // No typing middleware here: it sends from a background task straight to the adapter, which with
        // expectReplies races the turn's own reply buffer (a reply went missing under load in CI-like runs).
        // The transcript sees what the turn sent (outside the state save, which holds replies until saved)
        // and is written before the reply leaves.
        Use(telemetry);
        Use(commitTranscript);
        Use(transcript);
        Use(saveState);
        OnTurnError = errors.HandleAsync;
    }
}
