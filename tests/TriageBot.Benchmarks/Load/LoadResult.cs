namespace TriageBot.Benchmarks.Load;

/// <summary>One target's figures: turns, turns per second, latency percentiles in ms, errors, peak memory in MB,
/// and the server's own CPU time per turn in ms (the load generator shares the cores; this is the server alone).</summary>
internal sealed record LoadResult(string Target, int Turns, double TurnsPerSecond, double P50, double P95, double P99, int Errors, double PeakMegabytes, double CpuPerTurn);
