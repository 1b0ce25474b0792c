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
        api.MapGet("/emergencies", async (DateTimeOffset after, SqliteConversationIndex index, CancellationToken cancellationToken) =>
        {
            var emergencies = await index.ListAsync(new ConversationFilter { Disposition = "emergency", UpdatedAfter = after }, 50, cancellationToken);
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
