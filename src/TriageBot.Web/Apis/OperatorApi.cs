using TriageBot.Storage.Audit;
using TriageBot.Storage.Conversations;
using TriageBot.Web.Operators;

namespace TriageBot.Web.Apis;

/// <summary>The console's JSON: the emergencies that arrived since the list was drawn, for the live list.</summary>
public static class OperatorApi
{
    public const string Prefix = "/operator/api";

    public static IEndpointRouteBuilder MapOperatorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).RequireAuthorization(OperatorPolicies.Operator);
        api.MapGet("/emergencies", async (DateTimeOffset after, HttpContext context, ConversationIndex index, ConsoleAudit audit, CancellationToken cancellationToken) =>
        {
            var emergencies = await index.ListAsync(new ConversationFilter { Disposition = "emergency", UpdatedAfter = after }, 50, cancellationToken);
            // Polls that bring nothing new are not views; those that do are, like a list.
            if (emergencies.Count > 0)
                await audit.WriteAsync(context.User, AuditActions.ViewedList, detail: $"{emergencies.Count} new emergencies (live)", cancellationToken: cancellationToken);
            return TypedResults.Ok(emergencies.Select(c => new
            {
                id = c.ConversationId,
                startedAt = c.StartedAt,
                updatedAt = c.UpdatedAt,
                channel = c.ChannelId,
                locale = c.Locale,
                findings = c.FindingIds,
            }));
        });
        return app;
    }
}
