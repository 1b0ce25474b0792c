namespace TriageBot.Deployment.Tests;

/// <summary>The checkout the tests run from: the folder holding TriageBot.sln above the test's binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "TriageBot.sln")))
                return dir.FullName;
        }

        throw new DirectoryNotFoundException("The repository root (TriageBot.sln) is not above the test's folder.");
    }
}
