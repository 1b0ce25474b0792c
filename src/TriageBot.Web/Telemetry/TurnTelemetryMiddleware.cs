using System.Diagnostics;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace TriageBot.Web.Telemetry;

/// <summary>
/// Outermost on both adapters: a span and a duration per turn, and the disposition of every outcome the turn
/// sent (read from the public triage contract in channelData, so the bot need not know about telemetry).
/// </summary>
public sealed class TurnTelemetryMiddleware(TriageTelemetry telemetry) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channel = new KeyValuePair<string, object?>("channel", turnContext.Activity.ChannelId);
        using var span = TriageTelemetry.Traces.StartActivity("triage turn");
        span?.SetTag("triagebot.channel", turnContext.Activity.ChannelId);
        span?.SetTag("triagebot.activity_type", turnContext.Activity.Type);
        span?.SetTag("triagebot.conversation", turnContext.Activity.Conversation?.Id);
        turnContext.OnSendActivities(async (_, activities, send) =>
        {
            var responses = await send();
            foreach (var triage in activities.Select(a => (a.ChannelData as JObject)?["triage"]).OfType<JObject>())
            {
                span?.SetTag("triagebot.step", triage.Value<string>("step"));
                if (triage.Value<string>("disposition") is { } disposition)
                {
                    span?.SetTag("triagebot.disposition", disposition);
                    telemetry.Dispositions.Add(1, channel, new("disposition", disposition));
                }
            }

            return responses;
        });

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            telemetry.Turns.Add(1, channel, new("type", turnContext.Activity.Type));
            telemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, channel);
        }
    }
}
