using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TriageBot.Benchmarks.Load;

/// <summary>
/// The two references the triage bot is measured against, each served by this program in a process of its own:
/// the floor (Kestrel parses the activity and returns a reply of the triage bot's size, nothing else) and a Bot
/// Framework echo bot (CloudAdapter, MemoryStorage, conversation state saved every turn).
/// </summary>
internal static class ReferenceServers
{
    /// <summary>About the size of a triage question with its buttons and channelData, in characters.</summary>
    public const int ReplyCharacters = 1_200;

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args[2..]);
        var app = args[1] switch
        {
            "floor" => Floor(builder),
            "echo" => Echo(builder),
            _ => throw new ArgumentException($"Unknown reference '{args[1]}'."),
        };
        await app.RunAsync();
        return 0;
    }

    private static WebApplication Floor(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        var text = new string('x', ReplyCharacters);
        app.MapPost("/api/messages", async (Microsoft.AspNetCore.Http.HttpRequest request) =>
        {
            using var activity = await JsonDocument.ParseAsync(request.Body);
            var root = activity.RootElement;
            return Microsoft.AspNetCore.Http.Results.Json(new
            {
                activities = new[]
                {
                    new
                    {
                        type = "message",
                        id = Guid.NewGuid().ToString("N"),
                        conversation = new { id = root.GetProperty("conversation").GetProperty("id").GetString() },
                        replyToId = root.GetProperty("id").GetString(),
                        text,
                    },
                },
            });
        });
        return app;
    }

    private static WebApplication Echo(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()));
        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
        {
            var adapter = new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>());
            adapter.Use(new AutoSaveStateMiddleware(sp.GetRequiredService<ConversationState>()));
            return adapter;
        });
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (Microsoft.AspNetCore.Http.HttpRequest request, Microsoft.AspNetCore.Http.HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(request, response, bot));
        return app;
    }
}
