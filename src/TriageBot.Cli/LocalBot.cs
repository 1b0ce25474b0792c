using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using TriageBot.Dialogs;

namespace TriageBot.Cli;

/// <summary>The real bot and dialogs in this process, state in memory: for trying it and for playing vignettes.</summary>
public sealed class LocalBot
{
    private readonly IBot _bot;
    private readonly InProcessAdapter _adapter = new();

    public LocalBot()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddOptions()
            .AddSingleton<IStorage, MemoryStorage>()
            .AddSingleton<ConversationState>()
            .AddTriageDialogs()
            .BuildServiceProvider();
        _bot = services.GetRequiredService<IBot>();
        _adapter.Use(new AutoSaveStateMiddleware(services.GetRequiredService<ConversationState>()));
    }

    /// <summary>A new conversation with one patient.</summary>
    public LocalConversation Start(string locale) => new(this, locale);

    internal Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        _adapter.ProcessAsync(activity, _bot, cancellationToken);
}
