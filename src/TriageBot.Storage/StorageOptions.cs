using Microsoft.Extensions.Configuration;

namespace TriageBot.Storage;

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>"Sqlite" (the default: one file, nothing to install) or, for several instances, "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Empty: a SQLite file <c>triagebot.db</c> in <see cref="DataFolder"/>, created on first start.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the app keeps its data; relative paths are under the app's content root.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Where the Data Protection keys that encrypt patient text are kept. Empty: "keys" in the data folder.
    /// Keep a backup: without the keys the stored conversations cannot be read.</summary>
    public string? KeysFolder { get; set; }

    /// <summary>Conversations untouched for this many days are deleted, transcript and all.</summary>
    public double RetentionDays { get; set; } = 90;

    public static bool IsPostgres(IConfiguration configuration) =>
        string.Equals(configuration?.GetSection(Section)["Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);

    public string DataFolderPath(string contentRoot) => Path.GetFullPath(DataFolder, contentRoot);

    public string KeysFolderPath(string contentRoot) =>
        string.IsNullOrWhiteSpace(KeysFolder) ? Path.Combine(DataFolderPath(contentRoot), "keys") : Path.GetFullPath(KeysFolder, contentRoot);
}
