using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace TriageBot.Cli;

/// <summary>
/// A patient on a running TriageBot's Direct Line, as the widget is: a token from /api/directline/token, then
/// the conversation under /v3/directline, polled after each message.
/// </summary>
public sealed class DirectLineChannel(HttpClient http, string locale) : IPatientChannel
{
    private const string Patient = "eval-patient";
    private string _conversationId = "";
    private string _token = "";
    private string _watermark = "0";

    public async Task<IReadOnlyList<Activity>> OpenAsync(CancellationToken cancellationToken = default)
    {
        var site = http.BaseAddress!.GetLeftPart(UriPartial.Authority);
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        tokenRequest.Headers.Add("Origin", site); // the host's own pages may always open the chat
        using var issued = await http.SendAsync(tokenRequest, cancellationToken);
        issued.EnsureSuccessStatusCode();
        _token = (await issued.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["token"]!.GetValue<string>();

        using var started = await http.SendAsync(Authorized(HttpMethod.Post, $"/v3/directline/conversations?locale={locale}"), cancellationToken);
        started.EnsureSuccessStatusCode();
        _conversationId = (await started.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["conversationId"]!.GetValue<string>();
        return await ReadAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Activity>> SayAsync(string text, CancellationToken cancellationToken = default)
    {
        using var post = Authorized(HttpMethod.Post, $"/v3/directline/conversations/{_conversationId}/activities");
        post.Content = JsonContent.Create(new { type = "message", from = new { id = Patient }, text, locale });
        using var posted = await http.SendAsync(post, cancellationToken);
        posted.EnsureSuccessStatusCode();
        return await ReadAsync(cancellationToken);
    }

    /// <summary>What arrived since the last read, without the echo of the patient's own message.</summary>
    private async Task<IReadOnlyList<Activity>> ReadAsync(CancellationToken cancellationToken)
    {
        using var read = await http.SendAsync(Authorized(HttpMethod.Get, $"/v3/directline/conversations/{_conversationId}/activities?watermark={_watermark}"), cancellationToken);
        read.EnsureSuccessStatusCode();
        var body = await read.Content.ReadAsStringAsync(cancellationToken);
        var set = JsonConvert.DeserializeObject<ActivitySet>(body) ?? throw new InvalidDataException("Direct Line answered no activity set.");
        _watermark = set.Watermark;
        return [.. set.Activities.Where(a => a.From?.Id != Patient)];
    }

    private HttpRequestMessage Authorized(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return request;
    }
}
