namespace TriageBot.Language;

/// <summary>
/// Turns one patient message into the protocol's findings. The local lexicon implementation is the default;
/// Azure AI Language (Text Analytics for health) can add to it, behind the same interface.
/// </summary>
public interface ITextUnderstanding
{
    /// <param name="text">The patient's message.</param>
    /// <param name="language">The conversation's language, "en" or "ru".</param>
    Task<Understanding> UnderstandAsync(string text, string language, CancellationToken cancellationToken = default);
}
