using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.Bot.Schema;
using TriageBot.Cli;

namespace TriageBot.Benchmarks.Load;

/// <summary>Times every turn of a patient's channel into the recorder.</summary>
internal sealed class TimedChannel(IPatientChannel inner, TurnRecorder recorder) : IPatientChannel
{
    public Task<IReadOnlyList<Activity>> OpenAsync(CancellationToken cancellationToken = default) => inner.OpenAsync(cancellationToken);

    public async Task<IReadOnlyList<Activity>> SayAsync(string text, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var replies = await inner.SayAsync(text, cancellationToken);
            recorder.Turn(Stopwatch.GetElapsedTime(started));
            return replies;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or InvalidDataException)
        {
            recorder.Error();
            throw;
        }
    }
}
