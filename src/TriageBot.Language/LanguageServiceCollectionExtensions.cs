using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TriageBot.Language.Azure;

namespace TriageBot.Language;

public static class LanguageServiceCollectionExtensions
{
    /// <summary>The understanding the "Language" section chooses: local, or local with Azure AI Language.</summary>
    public static IServiceCollection AddTriageLanguage(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LanguageOptions.Section);
        services.Configure<LanguageOptions>(section);
        services.AddSingleton<LexiconUnderstanding>();
        if ((section.Get<LanguageOptions>() ?? new LanguageOptions()).UsesAzure)
        {
            services.AddHttpClient(nameof(HealthJobClient));
            services.AddSingleton<HealthJobClient>();
            services.AddSingleton<AzureHealthMapping>();
            services.AddSingleton<ITextUnderstanding, AzureHealthUnderstanding>();
        }
        else
        {
            services.AddSingleton<ITextUnderstanding>(sp => sp.GetRequiredService<LexiconUnderstanding>());
        }

        return services;
    }
}
