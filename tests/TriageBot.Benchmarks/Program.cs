using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The entry point's type, so BenchmarkDotNet can find this assembly's benchmarks.</summary>
public partial class Program;
