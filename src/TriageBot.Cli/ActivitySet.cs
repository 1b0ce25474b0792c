using Microsoft.Bot.Schema;

namespace TriageBot.Cli;

/// <summary>Direct Line's answer to a read: the activities after a watermark, and the new watermark.</summary>
public sealed class ActivitySet
{
    public List<Activity> Activities { get; set; } = [];

    public string Watermark { get; set; } = "0";
}
