namespace TriageBot.Storage;

/// <summary>Another turn saved the item first (its ETag moved on): reload and run the turn again.</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException()
    {
    }

    public StorageConflictException(string message)
        : base(message)
    {
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
