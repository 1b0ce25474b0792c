namespace TriageBot.Benchmarks.Load;

/// <summary>Turn latencies and errors, once the warm-up is over.</summary>
internal sealed class TurnRecorder
{
    private readonly List<double> _milliseconds = [];
    private int _errors;

    public bool Recording { get; set; }

    public int Turns
    {
        get
        {
            lock (_milliseconds)
                return _milliseconds.Count;
        }
    }

    public void Turn(TimeSpan took)
    {
        if (!Recording)
            return;
        lock (_milliseconds)
            _milliseconds.Add(took.TotalMilliseconds);
    }

    public void Error()
    {
        if (Recording)
            Interlocked.Increment(ref _errors);
    }

    public LoadResult Result(string target, TimeSpan measured, double peakMegabytes, TimeSpan serverCpu)
    {
        lock (_milliseconds)
        {
            var sorted = _milliseconds.Order().ToArray();
            double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)];
            return new LoadResult(
                target, sorted.Length, sorted.Length / measured.TotalSeconds, At(0.50), At(0.95), At(0.99), _errors, peakMegabytes,
                sorted.Length == 0 ? double.NaN : serverCpu.TotalMilliseconds / sorted.Length);
        }
    }
}
