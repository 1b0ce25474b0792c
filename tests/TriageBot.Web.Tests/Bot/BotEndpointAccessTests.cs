using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

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
    [InlineData("none", HttpStatusCode.Unauthorized)]
    [InlineData("malformed", HttpStatusCode.Unauthorized)]
    [InlineData("unknown key", HttpStatusCode.Unauthorized)]
    [InlineData("published key", HttpStatusCode.OK)]
    public async Task With_an_app_id_only_a_token_signed_by_the_channels_published_key_gets_in(string token, HttpStatusCode expected)
    {
        using var data = new TempFolder();
        await using var channel = await FakeChannelKeys.StartAsync(data.Path);
        var appId = Guid.NewGuid().ToString();
        var settings = new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = "not-used",
            // The channels' keys and issuer, here a loopback stand-in whose certificate the host trusts. Naming one
            // cloud setting makes Bot Framework read all of them: the rest are the public cloud's.
            ["ToBotFromChannelOpenIdMetadataUrl"] = channel.MetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = FakeChannelKeys.Issuer,
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration",
            ["CallerId"] = "urn:botframework:azure",
            ["OAuthUrl"] = "https://api.botframework.com",
            ["ValidateAuthority"] = "true",
            ["SSL_CERT_FILE"] = channel.TrustedCertificateFile,
        };
        await using var host = await BotHostProcess.StartAsync(data.Path, environment: "Production", settings: settings);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var activity = new Patient(http).Activity("message", "My back hurts", expectReplies: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        var serviceUrl = activity["serviceUrl"]!.GetValue<string>();
        request.Headers.Authorization = token switch
        {
            "malformed" => new AuthenticationHeaderValue("Bearer", "not.a.jwt"),
            "unknown key" => new AuthenticationHeaderValue("Bearer", channel.Token(appId, serviceUrl, publishedKey: false)),
            "published key" => new AuthenticationHeaderValue("Bearer", channel.Token(appId, serviceUrl, publishedKey: true)),
            _ => null,
        };

        using var response = await http.SendAsync(request);

        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {host.Output}");
        Assert.DoesNotContain("My back hurts", host.Output, StringComparison.Ordinal);
    }
}
