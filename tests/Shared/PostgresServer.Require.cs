namespace TriageBot.Tests.Shared;

/// <summary>For tests: outside CI a machine without the package skips the test naming it; in CI (CI=true) that
/// fails, so a missing install step in .ci/run shows.</summary>
internal sealed partial class PostgresServer
{
    public static void Require()
    {
        var present = Installed;
        if (!present && Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail("PostgreSQL's initdb is missing under /usr/lib/postgresql: .ci/run must install Debian's postgresql package.");
        Skip.IfNot(present, "needs Debian's postgresql package (apt-get install postgresql)");
    }
}
