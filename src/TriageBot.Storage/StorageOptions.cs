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

    public string DataFolderPath(string contentRoot) => Path.GetFullPath(DataFolder, contentRoot);
}
