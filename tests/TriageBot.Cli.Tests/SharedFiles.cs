namespace TriageBot.Cli.Tests;

/// <summary>Files of ../shared, which sits beside the repository (as in CI).</summary>
internal static class SharedFiles
{
    public static string PublicVignettes => Find(Path.Combine("shared", "vignettes", "public.jsonl"));

    private static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException($"{relative} is not beside the repository.");
    }
}
