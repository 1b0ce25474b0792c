using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using TriageBot.Dialogs;
using TriageBot.Triage;
using TriageBot.Web.Bot;

namespace TriageBot.Web.Teams;

/// <summary>
/// Emergency alerts as a card in the clinic's Teams channel, sent proactively
/// (<see cref="Microsoft.Bot.Builder.Integration.AspNet.Core.CloudAdapter.ContinueConversationAsync(string, ConversationReference, BotCallbackHandler, CancellationToken)"/>)
/// from a background queue, so the patient's "call an ambulance" never waits for Teams.
/// </summary>
public sealed class TeamsEmergencyAlerts(
    ClinicAdapter adapter,
    IStorage storage,
    TriageProtocol protocol,
    IOptions<TeamsOptions> options,
    IOptions<ClinicOptions> clinic,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<TeamsEmergencyAlerts> logger) : BackgroundService, IEmergencyAlerts
{
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(10);
    private readonly Channel<EmergencyAlert> _queue = Channel.CreateBounded<EmergencyAlert>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly ConcurrentDictionary<string, DateTimeOffset> _raised = new();

    public void Raise(string conversationId, string channelId, TriageRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var now = clock.GetUtcNow();
        foreach (var (id, at) in _raised)
        {
            if (now - at > Remembered)
                _raised.TryRemove(id, out _);
        }

        // A turn retried after an ETag race reaches the emergency twice; staff hear of it once.
        if (!_raised.TryAdd(conversationId, now))
            return;
        var findings = new OutcomeRules(protocol).Decide(record.Findings.Select(f => f.Id)).Findings;
        _queue.Writer.TryWrite(new EmergencyAlert(conversationId, channelId, record.Language, findings, now));
    }

    public async Task TeamJoinedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var teamId = turnContext.Activity.GetChannelData<TeamsChannelData>()?.Team?.Id;
        if (string.IsNullOrEmpty(options.Value.AlertTeamId) || teamId != options.Value.AlertTeamId)
        {
            logger.LogInformation("Added to Teams team {TeamId}; set Teams:AlertTeamId to it to post emergency alerts there.", teamId);
            return;
        }

        var channel = new AlertChannel { Reference = turnContext.Activity.GetConversationReference(), SavedAt = clock.GetUtcNow() };
        await storage.WriteAsync(new Dictionary<string, object> { [AlertChannel.StorageKey] = channel }, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text("TriageBot will post an alert here whenever a patient is told to call an ambulance."), cancellationToken);
        logger.LogInformation("Emergency alerts go to the clinic's team {TeamId}.", teamId);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var alert in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(alert, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "An emergency alert could not be posted to Teams.");
            }
        }
    }

    private async Task SendAsync(EmergencyAlert alert, CancellationToken cancellationToken)
    {
        var stored = await storage.ReadAsync<AlertChannel>([AlertChannel.StorageKey], cancellationToken);
        if (!stored.TryGetValue(AlertChannel.StorageKey, out var channel))
        {
            logger.LogWarning("An emergency was not posted to Teams: the bot has not been added to the team Teams:AlertTeamId names.");
            return;
        }

        var card = AlertCard.For(alert, clinic.Value.EmergencyNumber, options.Value.ConsoleUrl);
        await adapter.ContinueConversationAsync(
            configuration["MicrosoftAppId"] ?? "",
            channel.Reference,
            (turn, ct) => turn.SendActivityAsync(MessageFactory.Attachment(card), ct),
            cancellationToken);
    }
}
