namespace TriageBot.Web.Tests;

/// <summary>A data folder of the test's own, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("triagebot-test-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed host may still hold the file for a moment; the OS temp cleaner takes it then.
        }
    }
}
