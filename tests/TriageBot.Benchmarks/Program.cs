using BenchmarkDotNet.Running;
using TriageBot.Benchmarks.Load;

return args switch
{
    ["load", ..] => await LoadCommand.RunAsync(args),
    ["serve", ..] => await ReferenceServers.RunAsync(args),
    _ => Micro(args),
};

static int Micro(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(LoadCommand).Assembly).Run(args);
    return 0;
}
