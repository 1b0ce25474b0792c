using YamlDotNet.RepresentationModel;

namespace TriageBot.Deployment.Tests.Docker;

/// <summary>deployment/docker/compose.yaml: TriageBot on PostgreSQL, started in the right order, no password in it.</summary>
public sealed class ComposeTests
{
    private static readonly string Folder = RepositoryRoot.Combine("deployment", "docker");
    private static readonly YamlMappingNode Services = (YamlMappingNode)Load()["services"];

    [Fact]
    public void TriageBot_uses_the_postgres_service_and_waits_until_it_is_healthy()
    {
        var bot = Map(Services, "triagebot");
        var environment = Map(bot, "environment");
        Assert.Equal("Postgres", Scalar(environment, "Storage__Provider"));
        Assert.Contains("Host=postgres;", Scalar(environment, "Storage__ConnectionString"), StringComparison.Ordinal);
        Assert.Equal("service_healthy", Scalar(Map(Map(bot, "depends_on"), "postgres"), "condition"));
        Assert.Contains("pg_isready", Map(Map(Services, "postgres"), "healthcheck")["test"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void It_builds_the_repositorys_dockerfile_from_the_repository_root()
    {
        var build = Map(Map(Services, "triagebot"), "build");
        var context = Path.GetFullPath(Path.Combine(Folder, Scalar(build, "context")));
        Assert.Equal(RepositoryRoot.Path, context.TrimEnd('/'));
        Assert.True(File.Exists(Path.Combine(context, Scalar(build, "dockerfile"))));
    }

    [Fact]
    public void Passwords_and_keys_come_from_the_environment_and_must_be_set()
    {
        var secrets = new[]
        {
            Scalar(Map(Map(Services, "triagebot"), "environment"), "Storage__ConnectionString"),
            Scalar(Map(Map(Services, "triagebot"), "environment"), "DirectLine__TokenSigningKey"),
            Scalar(Map(Map(Services, "postgres"), "environment"), "POSTGRES_PASSWORD"),
        };
        Assert.All(secrets, s => Assert.Matches(@"\$\{[A-Z_]+:\?", s)); // ${NAME:?message}: compose refuses to start without it
    }

    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Folder, "compose.yaml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;
}
