using Microsoft.Bot.Schema;

namespace TriageBot.Cli;

/// <summary>How a simulated patient reaches the bot: in process, or (later) over a server's Direct Line.</summary>
public interface IPatientChannel
{
    /// <summary>Opens the chat; the bot greets and asks its first question.</summary>
    Task<IReadOnlyList<Activity>> OpenAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Activity>> SayAsync(string text, CancellationToken cancellationToken = default);
}
