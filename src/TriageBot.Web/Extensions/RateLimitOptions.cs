namespace TriageBot.Web.Extensions;

/// <summary>The "RateLimits" section: per address limits outside Direct Line (which has its own, per token).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int WindowSeconds { get; set; } = 60;

    /// <summary>/api/messages. Azure Bot Service calls from a few addresses for all patients: keep it generous.</summary>
    public int BotRequestsPerWindow { get; set; } = 3000;

    /// <summary>The demo page, the widget's files, the console's pages, export and JSON.</summary>
    public int PageRequestsPerWindow { get; set; } = 600;

    /// <summary>Sign-in and setup form posts: password guessing across accounts, beyond each account's lockout.</summary>
    public int SignInAttemptsPerWindow { get; set; } = 20;
}
