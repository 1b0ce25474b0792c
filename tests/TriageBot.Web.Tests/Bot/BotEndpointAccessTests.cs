using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TriageBot.Web.Tests.Bot;

/// <summary>Anonymous calls are for local work only.</summary>
public sealed class BotEndpointAccessTests
{
    [Fact]
    public async Task Outside_development_without_an_app_id_the_endpoint_answers_401_and_the_log_says_why()
    {
        using var data = new TempFolder();
        await using var host = await BotHostProcess.StartAsync(data.Path, environment: "Production");
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await new Patient(http).PostAsync(new Patient(http).Activity("message", "My back hurts", expectReplies: true));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("no MicrosoftAppId is configured", host.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("malformed")]
    [InlineData("unknown key")]
    public async Task With_an_app_id_a_call_without_a_valid_bot_framework_token_is_refused(string token)
    {
        using var data = new TempFolder();
        var appId = Guid.NewGuid().ToString();
        var settings = new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = "not-used",
            // The channels' signing keys come from here: a place with no keys, so no token can be trusted, on a
            // machine with internet access or without.
            ["ToBotFromChannelOpenIdMetadataUrl"] = "https://127.0.0.1:9/.well-known/openidconfiguration",
        };
        await using var host = await BotHostProcess.StartAsync(data.Path, environment: "Production", settings: settings);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var patient = new Patient(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(patient.Activity("message", "My back hurts", expectReplies: true)) };
        request.Headers.Authorization = token switch
        {
            "malformed" => new AuthenticationHeaderValue("Bearer", "not.a.jwt"),
            "unknown key" => new AuthenticationHeaderValue("Bearer", SignedByUnknownKey(appId)),
            _ => null,
        };

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("My back hurts", host.Output, StringComparison.Ordinal);
    }

    /// <summary>A well-formed Bot Framework channel token for the app, signed by a key no channel publishes.</summary>
    private static string SignedByUnknownKey(string appId)
    {
        using var rsa = RSA.Create(2048);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = appId,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["serviceurl"] = "http://127.0.0.1:9" },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = "not-a-channel-key" }, SecurityAlgorithms.RsaSha256),
        });
    }
}
