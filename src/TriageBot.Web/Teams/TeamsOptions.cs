namespace TriageBot.Web.Teams;

/// <summary>The "Teams" configuration section: where emergency alerts go.</summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    /// <summary>The id of the clinic's team ("19:...@thread.tacv2"): when the bot is added to it, its channel is
    /// remembered and every emergency is announced there. Empty: no alerts (the start log names a team the bot
    /// was added to).</summary>
    public string? AlertTeamId { get; set; }

    /// <summary>The console's public address, e.g. https://triage.clinic.example/operator, for the alert's button.</summary>
    public string? ConsoleUrl { get; set; }
}
