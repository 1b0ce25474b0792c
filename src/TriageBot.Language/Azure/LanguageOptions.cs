namespace TriageBot.Language.Azure;

/// <summary>The "Language" configuration section: local understanding only, or Azure AI Language beside it.</summary>
public sealed class LanguageOptions
{
    public const string Section = "Language";

    /// <summary>"Local" (the default: no network) or "Azure" (Text Analytics for health adds to the local result).</summary>
    public string Provider { get; set; } = "Local";

    /// <summary>e.g. https://my-resource.cognitiveservices.azure.com</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The resource key; from an environment variable or user secrets, never from the repository.</summary>
    public string? Key { get; set; }

    public string ApiVersion { get; set; } = "2023-04-01";

    /// <summary>The most a turn waits for Azure; then the bot carries on with the local result.</summary>
    public double TimeoutSeconds { get; set; } = 3;

    /// <summary>How often the job is asked whether it is done, unless the service says Retry-After.</summary>
    public int PollMilliseconds { get; set; } = 200;

    /// <summary>Languages Text Analytics for health reads (Russian is not among them).</summary>
    public IReadOnlyList<string> Languages { get; set; } = ["en"];

    public bool UsesAzure => string.Equals(Provider, "Azure", StringComparison.OrdinalIgnoreCase);
}
