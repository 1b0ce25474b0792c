using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TriageBot.Web.Tests.Bot;

/// <summary>
/// Stands in for Bot Framework's channel signing keys: an OpenID metadata document and key set over HTTPS on
/// loopback (Bot Framework fetches them over HTTPS only), with a certificate the host trusts through
/// SSL_CERT_FILE, and tokens signed as a channel signs them, by the published key or by one nobody published.
/// </summary>
internal sealed class FakeChannelKeys : IAsyncDisposable
{
    public const string Issuer = "https://channel.test.example";
    private static readonly string[] RS256 = ["RS256"];
    private static readonly string[] Endorsed = ["emulator", "msteams"];
    private readonly RsaSecurityKey _published = new(RSA.Create(2048)) { KeyId = "published" };
    private readonly RsaSecurityKey _unknown = new(RSA.Create(2048)) { KeyId = "published" }; // same kid, other key
    private WebApplication? _app;

    public string MetadataUrl { get; private set; } = "";

    /// <summary>A PEM file with the server's certificate, for the host's SSL_CERT_FILE.</summary>
    public string TrustedCertificateFile { get; private set; } = "";

    public static async Task<FakeChannelKeys> StartAsync(string folder)
    {
        var keys = new FakeChannelKeys();
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        keys.TrustedCertificateFile = Path.Combine(folder, "channel-ca.pem");
        await File.WriteAllTextAsync(keys.TrustedCertificateFile, certificate.ExportCertificatePem());

        var serving = X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
        var (app, address) = await LoopbackApp.StartAsync(app =>
        {
            app.MapGet("/.well-known/openidconfiguration", (HttpContext context) => Results.Json(new
            {
                issuer = Issuer,
                jwks_uri = $"{context.Request.Scheme}://{context.Request.Host}/keys",
                id_token_signing_alg_values_supported = RS256,
            }));
            app.MapGet("/keys", () =>
            {
                var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(keys._published);
                return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", n = jwk.N, e = jwk.E, endorsements = Endorsed } } });
            });
        }, serving);
        keys._app = app;
        keys.MetadataUrl = new Uri(address, "/.well-known/openidconfiguration").ToString();
        return keys;
    }

    /// <summary>A channel's token for the bot <paramref name="appId"/> about <paramref name="serviceUrl"/>.</summary>
    public string Token(string appId, string serviceUrl, bool publishedKey) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = appId,
        IssuedAt = DateTime.UtcNow,
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        Expires = DateTime.UtcNow.AddMinutes(10),
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        SigningCredentials = new SigningCredentials(publishedKey ? _published : _unknown, SecurityAlgorithms.RsaSha256),
    });

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
