using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TriageBot.Storage.Audit;
using TriageBot.Storage.Conversations;
using TriageBot.Storage.Database;
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
        var postgres = StorageOptions.IsPostgres(configuration);
        if (!postgres && !string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is not known; use 'Sqlite' or 'Postgres'.");
        if (postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
            throw new InvalidOperationException("Storage:Provider is 'Postgres' but Storage:ConnectionString is empty.");

        var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? $"Data Source={Path.Combine(options.DataFolderPath(contentRoot), "triagebot.db")}"
            : options.ConnectionString;
        // Patient text is health data: encrypted at rest with keys kept beside the data (Storage:KeysFolder;
        // several instances share one folder, so each can read what another wrote).
        services.AddDataProtection()
            .SetApplicationName("TriageBot")
            .PersistKeysToFileSystem(new DirectoryInfo(options.KeysFolderPath(contentRoot)));
        services.AddSingleton(options);
        services.AddSingleton<StorageDatabase>(sp =>
        {
            var protector = sp.GetRequiredService<IDataProtectionProvider>().CreateProtector("TriageBot.Storage.v1");
            return postgres ? new PostgresDatabase(connectionString, protector) : new SqliteDatabase(connectionString, protector);
        });
        services.AddSingleton<BotStateStore>();
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<BotStateStore>());
        services.AddSingleton<DirectLineLog>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<SaveStateOrRetryMiddleware>();
        services.AddSingleton<TranscriptStore>();
        services.AddSingleton<ITranscriptStore>(sp => sp.GetRequiredService<TranscriptStore>());
        services.AddSingleton(sp => new TranscriptLoggerMiddleware(sp.GetRequiredService<TranscriptStore>()));
        services.AddSingleton<TranscriptCommitMiddleware>();
        services.AddSingleton<ConversationIndex>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<OperatorStore>();
        return services;
    }
}
