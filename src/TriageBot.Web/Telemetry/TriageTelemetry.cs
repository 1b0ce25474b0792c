using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TriageBot.Web.Telemetry;

/// <summary>
/// TriageBot's own traces and metrics (OpenTelemetry reads them by name). Tags are channels, steps and
/// dispositions, never what a patient wrote.
/// </summary>
public sealed class TriageTelemetry : IDisposable
{
    public const string Name = "TriageBot";

    private readonly Meter _meter;

    public TriageTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(Name);
        Turns = _meter.CreateCounter<long>("triagebot.turns", "{turn}", "Turns the bot ran, by channel and activity type.");
        TurnDuration = _meter.CreateHistogram<double>("triagebot.turn.duration", "ms", "How long a turn took, state and transcript saved.");
        Dispositions = _meter.CreateCounter<long>("triagebot.dispositions", "{outcome}", "Outcomes given, by disposition.");
        Errors = _meter.CreateCounter<long>("triagebot.errors", "{error}", "Turns that failed, by exception type.");
        DirectLineStreams = _meter.CreateUpDownCounter<long>("triagebot.directline.streams", "{connection}", "Direct Line WebSocket streams open.");
    }

    public static ActivitySource Traces { get; } = new(Name);

    public Counter<long> Turns { get; }

    public Histogram<double> TurnDuration { get; }

    public Counter<long> Dispositions { get; }

    public Counter<long> Errors { get; }

    public UpDownCounter<long> DirectLineStreams { get; }

    public void Dispose() => _meter.Dispose();
}
