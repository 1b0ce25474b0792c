namespace TriageBot.Language.Azure;

/// <summary>The service answered, but not with a result: a failed job, an error status, an unexpected body.</summary>
public sealed class AzureLanguageException : Exception
{
    public AzureLanguageException()
    {
    }

    public AzureLanguageException(string message)
        : base(message)
    {
    }

    public AzureLanguageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
