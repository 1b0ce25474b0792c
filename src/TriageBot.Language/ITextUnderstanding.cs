namespace TriageBot.Language;

/// <summary>
/// Turns one patient message into the protocol's findings. The local lexicon implementation is the default;
/// richer ones (Azure AI Language) sit behind the same interface.
/// </summary>
public interface ITextUnderstanding
{
    /// <param name="text">The patient's message, already cut to the length limit.</param>
    /// <param name="language">"en" or "ru".</param>
    Understanding Understand(string text, string language);
}
