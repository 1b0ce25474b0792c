using System.Net;
using System.Text;
using TriageBot.Web.Extensions;

namespace TriageBot.Web.Tests.Extensions;

/// <summary>Headers that keep the pages and the API from being misused in a browser, and the size limits.</summary>
public sealed class SecurityHeadersExtensionsTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_console_and_the_demo_page_carry_a_content_security_policy_and_the_console_is_never_framed_or_cached()
    {
        using var console = await fixture.Http.GetAsync("/operator/signin");
        Assert.Equal(SecurityHeadersExtensions.ConsolePolicy, string.Join(";", console.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", console.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(console.Headers.CacheControl?.NoStore);

        using var demo = await fixture.Http.GetAsync("/");
        var policy = demo.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal); // no inline or foreign script
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/widget/embed.js")]
    [InlineData("/operator")]
    public async Task Every_answer_says_nosniff_and_limits_the_referrer(string path)
    {
        using var response = await fixture.Http.GetAsync(path);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task An_oversized_activity_on_api_messages_gets_413_and_the_bot_still_answers_afterwards()
    {
        var patient = new Patient(fixture.Http);
        var huge = patient.Activity("message", new string('a', 300 * 1024), expectReplies: true);
        using var refused = await fixture.Http.PostAsync("/api/messages", new StringContent(huge.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("complaint", Patient.LastStep(await patient.SayAsync("hello")));
    }
}
