using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TriageBot.Web.DirectLine;

/// <summary>Reads the Authorization header into a grant, or the Direct Line error that refuses it.</summary>
public sealed class DirectLineAuthorization(DirectLineTokens tokens, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    public (DirectLineGrant? Grant, IResult? Refusal) Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
            return (null, DirectLineErrors.MissingAuthorization());
        var credential = header[7..].Trim();
        if (IsSecret(credential))
            return (new DirectLineGrant(null), null);
        return tokens.Read(credential) switch
        {
            null => (null, DirectLineErrors.InvalidToken()),
            var token when token.IsExpired(clock.GetUtcNow()) => (null, DirectLineErrors.TokenExpired()),
            var token => (new DirectLineGrant(token.ConversationId), null),
        };
    }

    private bool IsSecret(string credential) =>
        options.Value.Secret is { Length: > 0 } secret
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(credential));
}
