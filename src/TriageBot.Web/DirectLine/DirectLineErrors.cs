namespace TriageBot.Web.DirectLine;

/// <summary>Errors in Direct Line 3.0's shape: <c>{"error": {"code", "message"}}</c>.</summary>
public static class DirectLineErrors
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult MissingAuthorization() => Error(StatusCodes.Status401Unauthorized, "BadArgument", "Authorization: Bearer <secret or token> is required.");

    public static IResult InvalidToken() => Error(StatusCodes.Status403Forbidden, "BadArgument", "The secret or token is not valid.");

    public static IResult TokenExpired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; refresh it before it does.");

    public static IResult OtherConversation() => Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid for this conversation.");

    public static IResult SecretRequired() => Error(StatusCodes.Status403Forbidden, "BadArgument", "Only the site secret may do this.");

    public static IResult UnknownConversation() => Error(StatusCodes.Status404NotFound, "BadArgument", "There is no such conversation.");

    public static IResult BadActivity(string why) => Error(StatusCodes.Status400BadRequest, "BadArgument", why);

    public static IResult TooBig(int limit) => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An activity may be at most {limit} bytes.");
}
