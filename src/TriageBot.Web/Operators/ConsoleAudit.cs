using System.Security.Claims;
using TriageBot.Storage.Audit;

namespace TriageBot.Web.Operators;

/// <summary>Writes the console's audit entries with the signed-in operator's name and the clock's time.</summary>
public sealed class ConsoleAudit(AuditLog log, TimeProvider clock)
{
    public Task WriteAsync(ClaimsPrincipal who, string action, string? subject = null, string? detail = null, CancellationToken cancellationToken = default) =>
        WriteAsync(ActorOf(who), action, subject, detail, cancellationToken);

    public Task WriteAsync(string actor, string action, string? subject = null, string? detail = null, CancellationToken cancellationToken = default) =>
        log.WriteAsync(new AuditEntry(clock.GetUtcNow(), actor, action, subject, detail), cancellationToken);

    public static string ActorOf(ClaimsPrincipal who) => who?.Identity?.Name ?? "anonymous";
}
