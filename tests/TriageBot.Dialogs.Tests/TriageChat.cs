using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace TriageBot.Dialogs.Tests;

/// <summary>The real bot and dialogs over Bot Framework's TestAdapter, with state in memory.</summary>
internal sealed class TriageChat
{
    private readonly IBot _bot;

    public TriageChat(string locale = "en-US", string channelId = "test")
    {
        var services = new ServiceCollection()
            .AddLogging()
            .Configure<ClinicOptions>(clinic =>
            {
                clinic.Name = "Riverside Clinic";
                clinic.Phone = "+44 20 7946 0000";
                clinic.BookingUrl = "https://riverside.example/book";
                clinic.EmergencyNumber = "999";
            })
            .AddSingleton<IStorage>(Storage)
            .AddSingleton<ConversationState>()
            .AddTriageDialogs()
            .BuildServiceProvider();
        _bot = services.GetRequiredService<IBot>();
        Adapter = new TestAdapter(channelId) { Locale = locale };
        Adapter.Use(new AutoSaveStateMiddleware(services.GetRequiredService<ConversationState>()));
    }

    public MemoryStorage Storage { get; } = new();

    public TestAdapter Adapter { get; }

    public TestFlow Flow() => new(Adapter, _bot);

    public static JObject? Triage(IActivity activity) =>
        (activity.AsMessageActivity()?.ChannelData as JObject)?["triage"] as JObject;

    public static string? StepOf(IActivity activity) => Triage(activity)?["step"]?.ToString();
}
