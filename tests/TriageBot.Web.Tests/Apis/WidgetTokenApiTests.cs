using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TriageBot.Cli.Commands;

namespace TriageBot.Web.Tests.Apis;

/// <summary>The widget's token: for the clinic's allowed sites and the host's own pages only.</summary>
public sealed class WidgetTokenApiTests : IAsyncLifetime
{
    private const string ClinicSite = "https://www.riverside-clinic.example";
    private readonly string _data = Directory.CreateTempSubdirectory("triagebot-widget-").FullName;
    private BotHostProcess _host = null!;

    public async Task InitializeAsync() =>
        _host = await BotHostProcess.StartAsync(_data, settings: new Dictionary<string, string> { ["DirectLine__AllowedOrigins__0"] = ClinicSite });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task An_allowed_site_gets_a_token_that_opens_its_conversation_and_may_read_it_cross_origin()
    {
        using var http = new HttpClient { BaseAddress = _host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        request.Headers.Add("Origin", ClinicSite);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ClinicSite, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var issued = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(issued["expires_in"]!.GetValue<int>() > 0);
        var patient = new DirectLineClient(http, issued["token"]!.GetValue<string>());
        Assert.NotEmpty(await patient.StartAsync());
        Assert.Equal(issued["conversationId"]!.GetValue<string>(), patient.ConversationId);
    }

    [Theory]
    [InlineData("https://elsewhere.example")]
    [InlineData("")]
    public async Task Any_other_site_is_refused(string origin)
    {
        using var http = new HttpClient { BaseAddress = _host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        if (origin.Length > 0)
            request.Headers.Add("Origin", origin);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Vignettes_played_over_direct_line_with_the_command_line_reach_their_outcomes()
    {
        var file = Path.Combine(_data, "vignettes.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"id": "dl-1", "locale": "en-US", "opening": "My upper back is numb and there's a heavy pressure in my chest", "answers": {}, "expect": {"disposition": "emergency", "maxQuestions": 0}}""",
            """{"id": "dl-2", "locale": "ru-RU", "opening": "Немеет шея и покалывает пальцы", "answers": {}, "expect": {"disposition": "consult"}}""",
        ]);
        using var output = new StringWriter();

        var exit = await EvalCommand.RunAsync([file, "--url", _host.BaseAddress.ToString()], output);

        Assert.Equal(0, exit);
        Assert.Contains("accuracy 2/2", output.ToString(), StringComparison.Ordinal);
    }
}
