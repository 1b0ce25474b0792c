using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TriageBot.Language.Azure;

/// <summary>
/// The local understanding, with Text Analytics for health adding what it finds. Local red flags always count;
/// an affirmed mention wins over a denial. When Azure is slow or failing, the turn goes on with the local
/// result within <see cref="LanguageOptions.TimeoutSeconds"/>.
/// </summary>
public sealed class AzureHealthUnderstanding(
    LexiconUnderstanding local,
    HealthJobClient client,
    AzureHealthMapping mapping,
    IOptions<LanguageOptions> options,
    ILogger<AzureHealthUnderstanding> logger) : ITextUnderstanding
{
    private readonly LanguageOptions _options = options.Value;

    public async Task<Understanding> UnderstandAsync(string text, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mine = local.Understand(text, language);
        if (!_options.Languages.Contains(language) || !text.Any(char.IsLetter))
            return mine;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            var bounded = text.Length > LexiconUnderstanding.MaxLength ? text[..LexiconUnderstanding.MaxLength] : text;
            var entities = await client.AnalyzeAsync(bounded, language, timeout.Token);
            var azure = new Understanding([.. entities.SelectMany(mapping.MentionsOf)], null, false, []);
            return LexiconUnderstanding.Merge(mine, azure);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested
            && e is HttpRequestException or OperationCanceledException or AzureLanguageException or JsonException)
        {
            // The reason names the failure, never the text.
            logger.LogWarning("Azure AI Language gave no result ({Reason}); the turn goes on with the local understanding.", e.GetType().Name);
            return mine;
        }
    }
}
