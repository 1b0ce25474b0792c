using Microsoft.Extensions.DependencyInjection;
using TriageBot.Dialogs.Rendering;
using TriageBot.Dialogs.Steps;
using TriageBot.Language;
using TriageBot.Triage;

namespace TriageBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The conversation: the protocol, the understanding, one dialog per step, the root and the bot.</summary>
    public static IServiceCollection AddTriageDialogs(this IServiceCollection services)
    {
        services.AddSingleton(TriageProtocol.Default);
        services.AddSingleton<ITextUnderstanding, LexiconUnderstanding>();
        services.AddSingleton<IEnumerable<StepDialog>>(sp =>
        {
            var protocol = sp.GetRequiredService<TriageProtocol>();
            return [.. protocol.Steps.Select(step => new StepDialog(protocol, step))];
        });
        services.AddSingleton(sp => new ClinicText(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClinicOptions>>().Value));
        services.AddSingleton<OutcomeMessage>();
        services.AddSingleton<TriageRoot>();
        services.AddTransient<Microsoft.Bot.Builder.IBot, ClinicBot>();
        return services;
    }
}
