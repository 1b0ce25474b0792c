namespace TriageBot.Triage.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.sln")))
                return Path.Combine(dir.FullName, relative);
        }

        throw new DirectoryNotFoundException("The repository root (TriageBot.sln) is not above the test's folder.");
    }
}
