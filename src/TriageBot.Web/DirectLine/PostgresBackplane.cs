using Npgsql;
using TriageBot.Storage.Database;

namespace TriageBot.Web.DirectLine;

/// <summary>
/// Several instances on one PostgreSQL: a conversation's new activities are announced with NOTIFY, and every
/// instance LISTENs, so a WebSocket open on one instance hears replies produced on another at once.
/// </summary>
public sealed class PostgresBackplane(PostgresDatabase database, ConversationSignals signals, ILogger<PostgresBackplane> logger) : BackgroundService
{
    private const string Channel = "triagebot_activities";
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        signals.Published += Announce;
        return base.StartAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        signals.Published -= Announce;
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.DataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => signals.Wake(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                signals.WakeAll(); // whatever was announced while not listening
                pause = TimeSpan.FromSeconds(1);
                while (true)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                logger.LogWarning("The Direct Line backplane lost PostgreSQL ({Reason}); listening again in {Pause}.", e.GetType().Name, pause);
                await Task.Delay(pause, stoppingToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
            }
        }
    }

    private void Announce(string conversationId) => _ = AnnounceAsync(conversationId);

    private async Task AnnounceAsync(string conversationId)
    {
        try
        {
            await using var command = database.DataSource.CreateCommand("SELECT pg_notify(@channel, @id)");
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("id", conversationId);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
        {
            // Streams elsewhere still look again at their next keep-alive.
            logger.LogWarning("A Direct Line signal could not be sent to the other instances ({Reason}).", e.GetType().Name);
        }
    }
}
