using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TriageBot.Web.Tests.Operators;

/// <summary>
/// An OpenID Connect provider on loopback, as Entra ID answers the authorization code flow: discovery, keys,
/// an authorize endpoint that signs in whichever user the test names, and a token endpoint that issues a
/// signed id_token with that user's roles.
/// </summary>
internal sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "triagebot-console";
    private static readonly string[] Code = ["code"];
    private static readonly string[] Public = ["public"];
    private static readonly string[] RS256 = ["RS256"];
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, (string Nonce, string User, string[] Roles)> _codes = new();
    private WebApplication? _app;

    public Uri Authority { get; private set; } = null!;

    /// <summary>The user the next authorization signs in, and their roles.</summary>
    public (string User, string[] Roles) NextUser { get; set; } = ("nurse@clinic.example", []);

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var provider = new FakeIdentityProvider();
        (provider._app, provider.Authority) = await LoopbackApp.StartAsync(provider.Map);
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"{Issuer}/authorize",
            ["token_endpoint"] = $"{Issuer}/token",
            ["jwks_uri"] = $"{Issuer}/keys",
            ["response_types_supported"] = Code,
            ["subject_types_supported"] = Public,
            ["id_token_signing_alg_values_supported"] = RS256,
        }));
        app.MapGet("/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(_key);
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        app.MapGet("/authorize", (string client_id, string redirect_uri, string state, string nonce) =>
        {
            if (client_id != ClientId)
                return Results.BadRequest();
            var code = Guid.NewGuid().ToString("N");
            _codes[code] = (nonce, NextUser.User, NextUser.Roles);
            return Results.Redirect($"{redirect_uri}?code={code}&state={Uri.EscapeDataString(state)}");
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!_codes.TryRemove(form["code"].ToString(), out var grant))
                return Results.BadRequest(new { error = "invalid_grant" });
            var claims = new List<Claim> { new("sub", grant.User), new("preferred_username", grant.User), new("nonce", grant.Nonce) };
            claims.AddRange(grant.Roles.Select(r => new Claim("roles", r)));
            var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = ClientId,
                Subject = new ClaimsIdentity(claims),
                IssuedAt = DateTime.UtcNow,
                Expires = DateTime.UtcNow.AddMinutes(5),
                SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
            });
            return Results.Json(new { access_token = "opaque", token_type = "Bearer", expires_in = 300, id_token = idToken });
        });
    }

    private string Issuer => Authority.ToString().TrimEnd('/');
}
