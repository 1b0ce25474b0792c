using System.Text.RegularExpressions;

namespace TriageBot.Deployment.Tests.Docker;

/// <summary>deployment/docker/Dockerfile, read as Docker would (no engine runs here): stages, user, health, paths.</summary>
public sealed partial class DockerfileTests
{
    private static readonly IReadOnlyList<string> Instructions = Read(RepositoryRoot.Combine("deployment", "docker", "Dockerfile"));

    [Fact]
    public void It_builds_in_an_sdk_stage_and_runs_on_the_aspnet_runtime_image()
    {
        var stages = Instructions.Where(i => i.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, stages.Count);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0", stages[0], StringComparison.Ordinal);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0", stages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_running_container_is_not_root_and_checks_its_own_readiness()
    {
        var runtime = Instructions.SkipWhile(i => !i.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet", StringComparison.Ordinal)).ToList();
        var user = Assert.Single(runtime, i => i.StartsWith("USER ", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"USER (root|0)\b", user);
        var health = Assert.Single(runtime, i => i.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        Assert.Contains("\"probe\", \"http://127.0.0.1:8080/health/ready\"", health, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", runtime);
        Assert.Contains(runtime, i => i.Contains("ASPNETCORE_URLS=http://+:8080", StringComparison.Ordinal));
    }

    [Fact]
    public void Everything_it_copies_from_the_repository_exists_and_it_publishes_the_web_host()
    {
        foreach (var copy in Instructions.Where(i => i.StartsWith("COPY ", StringComparison.Ordinal) && !i.Contains("--from", StringComparison.Ordinal)))
        {
            var sources = copy.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1];
            foreach (var source in sources)
                Assert.True(File.Exists(RepositoryRoot.Combine(source)) || Directory.Exists(RepositoryRoot.Combine(source)), $"{copy}: {source} is not in the repository");
        }

        var publish = Assert.Single(Instructions, i => i.Contains("dotnet publish", StringComparison.Ordinal));
        Assert.True(File.Exists(RepositoryRoot.Combine(ProjectPath().Match(publish).Value)), publish);
    }

    [Fact]
    public void No_secret_is_baked_into_the_image()
    {
        Assert.DoesNotContain(Instructions, i => Regex.IsMatch(i, "(?i)(password|secret|signingkey)\\s*=", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    /// <summary>The instructions, continuation lines joined and comments left out.</summary>
    private static List<string> Read(string file)
    {
        var instructions = new List<string>();
        var current = "";
        foreach (var raw in File.ReadAllLines(file))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            current += line.EndsWith('\\') ? line[..^1] + " " : line;
            if (!line.EndsWith('\\'))
            {
                instructions.Add(Regex.Replace(current, " +", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim());
                current = "";
            }
        }

        return instructions;
    }

    [GeneratedRegex(@"src/\S+\.csproj")]
    private static partial Regex ProjectPath();
}
