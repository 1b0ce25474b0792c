using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TriageBot.Dialogs.Rendering;
using TriageBot.Dialogs.Steps;
using TriageBot.Language;
using TriageBot.Triage;

namespace TriageBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The conversation: the protocol, the understanding, one dialog per question, the root and the bot.</summary>
    public static IServiceCollection AddTriageDialogs(this IServiceCollection services)
    {
        services.AddSingleton(TriageProtocol.Default);
        // The host chooses the understanding with AddTriageLanguage; without it, the local lexicons.
        services.TryAddSingleton<LexiconUnderstanding>();
        services.TryAddSingleton<ITextUnderstanding>(sp => sp.GetRequiredService<LexiconUnderstanding>());
        services.AddSingleton<IEnumerable<QuestionDialog>>(sp =>
        {
            var protocol = sp.GetRequiredService<TriageProtocol>();
            return [.. protocol.Steps.Select(step => new StepDialog(protocol, step)), new ClarifyDialog()];
        });
        services.AddSingleton(sp => new ClinicText(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClinicOptions>>().Value));
        services.AddSingleton<OutcomeMessage>();
        services.AddSingleton<TriageRoot>();
        services.TryAddSingleton<IConversationRecords, NoConversationRecords>();
        services.TryAddSingleton<IEmergencyAlerts, NoEmergencyAlerts>();
        services.AddTransient<Microsoft.Bot.Builder.IBot, ClinicBot>();
        return services;
    }
}
