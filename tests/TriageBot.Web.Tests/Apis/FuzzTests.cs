using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace TriageBot.Web.Tests.Apis;

/// <summary>
/// Thousands of generated and mutated activities and Direct Line requests (FsCheck's generators): whatever
/// arrives, the host answers below 500, keeps serving patients, and its heap does not grow with the requests.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private static readonly string[] Fields =
        ["type", "text", "channelId", "serviceUrl", "conversation", "from", "recipient", "locale", "deliveryMode", "attachments",
         "entities", "channelData", "value", "membersAdded", "membersRemoved", "id", "timestamp", "name", "replyToId", "textFormat"];

    private static readonly string[] Types =
        ["message", "event", "invoke", "conversationUpdate", "typing", "endOfConversation", "messageReaction", "installationUpdate",
         "handoff", "trace", "", "MESSAGE", "\u0000", "💥"];

    private readonly TempFolder _data = new();
    private readonly InProcessHost _host;

    public FuzzTests() => _host = new InProcessHost(_data.Path, new Dictionary<string, string>
    {
        // Fuzzing is not flooding: the limits would answer 429 before the bot ever saw most cases.
        ["RateLimits:BotRequestsPerWindow"] = "1000000",
        ["RateLimits:PageRequestsPerWindow"] = "1000000",
        ["DirectLine:RequestsPerWindow"] = "1000000",
    });

    [Fact]
    public async Task Mutated_activities_on_api_messages_never_get_a_server_error_and_patients_are_still_served()
    {
        var http = _host.CreateClient();
        var bodies = Bodies(p => p.Activity("message", "hello", expectReplies: true)).Sample(2_400, 30);
        Assert.Equal(2_400, bodies.Length);
        await PostAllAsync(http, bodies[..400]); // warm-up: caches and pools filled before measuring
        var before = Memory();
        await PostAllAsync(http, bodies[400..]);
        var grown = Memory() - before;

        Assert.Equal("complaint", Patient.LastStep(await new Patient(http).SayAsync("hello")));
        Assert.True(grown < 64 * 1024 * 1024, $"the managed heap grew by {grown / 1024 / 1024} MB over 2,000 requests");
    }

    [Fact]
    public async Task Mutated_direct_line_requests_never_get_a_server_error()
    {
        var http = _host.CreateClient();
        var client = new DirectLineClient(http, InProcessHost.DirectLineSecret);
        await client.StartAsync();
        var posts = Bodies(_ => DirectLineClient.Message("hello")).Select(body => (Method: HttpMethod.Post, Path: $"conversations/{client.ConversationId}/activities", Body: (string?)body));
        var reads = Gen.Elements("0", "-1", "99999999999999999999", "abc", "", "1e3", "%00", "💥").Select(w =>
            (Method: HttpMethod.Get, Path: $"conversations/{client.ConversationId}/activities?watermark={Uri.EscapeDataString(w)}", Body: (string?)null));
        var elsewhere = Gen.Elements("conversations/other/activities", "conversations/%2e%2e/activities", "conversations", "tokens/refresh", "conversations/x", "nothing-here")
            .SelectMany(path => Gen.Elements(HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete).Select(method => (Method: method, Path: path, Body: (string?)"{}")));
        foreach (var call in Gen.OneOf(posts, reads, elsewhere).Sample(1_500, 30))
        {
            using var request = new HttpRequestMessage(call.Method, $"/v3/directline/{call.Path}");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", client.Token);
            if (call.Body is not null)
                request.Content = new StringContent(call.Body, Encoding.UTF8, "application/json");
            using var response = await http.SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {call.Method} {call.Path} {call.Body}");
        }

        using var history = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities");
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
    }

    private static async Task PostAllAsync(HttpClient http, IEnumerable<string> bodies)
    {
        foreach (var body in bodies)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync("/api/messages", content);
            // 501 is Bot Framework's answer to an invoke the bot does not handle (Teams expects exactly that).
            Assert.True((int)response.StatusCode is < 500 or 501, $"{(int)response.StatusCode} for {body[..Math.Min(body.Length, 2000)]}");
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        _data.Dispose();
    }

    /// <summary>Request bodies: a valid activity with one to three fields removed or replaced by any JSON, or its
    /// text cut short or salted with a stray character (JSON that does not parse).</summary>
    private static Gen<string> Bodies(Func<Patient, JsonObject> valid)
    {
        var patient = new Patient(new HttpClient());
        var mutation = Gen.Elements(Fields).SelectMany(field => Value().Select(value => (Field: field, Value: value)));
        var mutated = Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(mutation, n)).SelectMany(changes => Gen.Elements(Types).Select(type =>
        {
            var activity = valid(patient);
            activity["type"] = type;
            foreach (var (field, value) in changes)
            {
                if (value is null && field.Length % 2 == 0)
                    activity.Remove(field);
                else
                    activity[field] = value?.DeepClone();
            }

            return activity.ToJsonString();
        }));
        var broken = mutated.SelectMany(json => Gen.Choose(0, json.Length).SelectMany(at => Gen.Elements("", "\"", "{", "]", "\\", "\u0000", "💥").Select(salt => json[..at] + salt)));
        return Gen.Frequency((4, mutated), (1, broken));
    }

    private static Gen<JsonNode?> Value() =>
        Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            ArbMap.Default.GeneratorFor<string>().Select(s => (JsonNode?)JsonValue.Create(s ?? "")),
            Gen.Choose(int.MinValue, int.MaxValue).Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Constant<JsonNode?>(new JsonArray(1, "two", null, new JsonObject())),
            Gen.Constant<JsonNode?>(new JsonObject { ["id"] = new JsonArray(), ["role"] = 7 }),
            Gen.Constant<JsonNode?>(JsonValue.Create(new string('x', 100_000))),
            Gen.Constant<JsonNode?>(JsonValue.Create("😀 ﷽ \u202e 🏳️‍🌈 немеет")));

    private static long Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
