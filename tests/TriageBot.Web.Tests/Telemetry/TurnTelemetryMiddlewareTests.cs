using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using TriageBot.Web.Telemetry;

namespace TriageBot.Web.Tests.Telemetry;

/// <summary>What an operations team sees of a conversation: turns, latency, the disposition, a span per turn; no words.</summary>
public sealed class TurnTelemetryMiddlewareTests : IDisposable
{
    private const string Words = "Quillfeather has a heavy pressure in the chest and a numb back";
    private readonly TempFolder _data = new();
    private readonly InProcessHost _host;

    public TurnTelemetryMiddlewareTests() => _host = new InProcessHost(_data.Path);

    [Fact]
    public async Task An_emergency_turn_is_counted_timed_and_traced_with_its_disposition_and_no_patient_words()
    {
        var client = _host.CreateClient();
        var ours = _host.Get<IMeterFactory>();
        var measurements = new ConcurrentBag<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TriageTelemetry.Name && instrument.Meter.Scope == ours)
                listener.EnableMeasurementEvents(instrument);
        };
        meters.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, Tags(tags))));
        meters.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, Tags(tags))));
        meters.Start();
        var spans = new ConcurrentBag<Activity>();
        using var traces = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TriageTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(traces);

        var patient = new Patient(client);
        await patient.SayAsync(Words);

        Assert.Contains(measurements, m => m.Instrument == "triagebot.turns" && m.Value == 1 && (string?)m.Tags["channel"] == "emulator");
        Assert.Contains(measurements, m => m.Instrument == "triagebot.dispositions" && (string?)m.Tags["disposition"] == "emergency");
        Assert.Contains(measurements, m => m.Instrument == "triagebot.turn.duration" && m.Value > 0);
        var turn = Assert.Single(spans, s => (string?)s.GetTagItem("triagebot.conversation") == patient.ConversationId);
        Assert.Equal("emergency", turn.GetTagItem("triagebot.disposition"));
        Assert.Equal("outcome", turn.GetTagItem("triagebot.step"));
        Assert.DoesNotContain(turn.Tags, t => t.Value?.Contains("Quillfeather", StringComparison.Ordinal) == true);
    }

    public void Dispose()
    {
        _host.Dispose();
        _data.Dispose();
    }

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var (key, value) in tags)
            copy[key] = value;
        return copy;
    }
}
