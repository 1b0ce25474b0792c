using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TriageBot.Storage.Audit;
using TriageBot.Storage.Conversations;
using TriageBot.Storage.Operators;
using TriageBot.Storage.Transcripts;

namespace TriageBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Bot state, transcripts, the console's records, audit log and accounts on the configured database,
    /// and the middleware that saves a turn's state and transcript once per turn.</summary>
    public static IServiceCollection AddTriageStorage(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (!string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Storage:Provider '{options.Provider}' is not supported by this version; use 'Sqlite'.");
        }

        var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? $"Data Source={Path.Combine(options.DataFolderPath(contentRoot), "triagebot.db")}"
            : options.ConnectionString;
        // Patient text is health data: encrypted at rest with keys kept beside the data (Storage:KeysFolder).
        services.AddDataProtection()
            .SetApplicationName("TriageBot")
            .PersistKeysToFileSystem(new DirectoryInfo(options.KeysFolderPath(contentRoot)));
        services.AddSingleton(options);
        services.AddSingleton(sp => new SqliteStorage(connectionString, sp.GetRequiredService<IDataProtectionProvider>().CreateProtector("TriageBot.Storage.v1")));
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<SqliteStorage>());
        services.AddSingleton<SqliteActivityLog>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<SaveStateOrRetryMiddleware>();
        services.AddSingleton<SqliteTranscriptStore>();
        services.AddSingleton<ITranscriptStore>(sp => sp.GetRequiredService<SqliteTranscriptStore>());
        services.AddSingleton(sp => new TranscriptLoggerMiddleware(sp.GetRequiredService<SqliteTranscriptStore>()));
        services.AddSingleton<TranscriptCommitMiddleware>();
        services.AddSingleton<SqliteConversationIndex>();
        services.AddSingleton<SqliteAuditLog>();
        services.AddSingleton<SqliteOperatorStore>();
        return services;
    }
}
