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
        services.AddSingleton<StepDialog, ComplaintDialog>();
        services.AddSingleton<StepDialog, LocationDialog>();
        services.AddSingleton<StepDialog, SymptomsDialog>();
        services.AddSingleton<StepDialog, ContextDialog>();
        services.AddSingleton<StepDialog, SleepDialog>();
        services.AddSingleton<StepDialog, PostureDialog>();
        services.AddSingleton(sp => new ClinicText(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClinicOptions>>().Value));
        services.AddSingleton<OutcomeMessage>();
        services.AddSingleton<TriageRoot>();
        services.AddTransient<Microsoft.Bot.Builder.IBot, ClinicBot>();
        return services;
    }
}
