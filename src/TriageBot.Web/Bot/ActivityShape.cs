using System.Text.Json;

namespace TriageBot.Web.Bot;

/// <summary>
/// What /api/messages checks before Bot Framework reads an activity: the fields it relies on have the right JSON
/// types, and the serviceUrl it would call back is an absolute http(s) address. Anything else gets a 400 that
/// says which field, rather than an exception deep in the adapter.
/// </summary>
public static class ActivityShape
{
    private static readonly string[] Strings = ["type", "id", "channelId", "text", "locale", "name", "replyToId", "textFormat", "deliveryMode", "serviceUrl"];
    private static readonly string[] Objects = ["conversation", "from", "recipient"];
    private static readonly string[] Arrays = ["attachments", "entities", "membersAdded", "membersRemoved", "reactionsAdded", "reactionsRemoved"];

    /// <summary>Null when the activity can be handed to Bot Framework; otherwise what is wrong with it.</summary>
    public static string? Problem(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
            return "The body must be a JSON object (an activity).";
        foreach (var field in Strings)
        {
            if (activity.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return $"'{field}' must be a string.";
        }

        foreach (var field in Objects)
        {
            if (activity.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                return $"'{field}' must be an object.";
        }

        foreach (var field in Arrays)
        {
            if (activity.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
                return $"'{field}' must be an array.";
        }

        if (!activity.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString()!.Length == 0)
            return "'type' is required.";
        if (!activity.TryGetProperty("serviceUrl", out var serviceUrl) || !Uri.TryCreate(serviceUrl.GetString(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
            return "'serviceUrl' must be an absolute http or https address.";
        if (!activity.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object
            || !conversation.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || id.GetString()!.Length == 0)
            return "'conversation.id' is required.";
        return null;
    }
}
