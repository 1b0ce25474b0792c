using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace TriageBot.Language.Azure;

/// <summary>
/// Text Analytics for health over its documented REST job API: POST {endpoint}/language/analyze-text/jobs with a
/// Healthcare task, then GET the operation-location until the job has succeeded.
/// </summary>
public sealed class HealthJobClient(IHttpClientFactory clients, IOptions<LanguageOptions> options)
{
    private readonly LanguageOptions _options = options.Value;

    public async Task<IReadOnlyList<HealthEntity>> AnalyzeAsync(string text, string language, CancellationToken cancellationToken)
    {
        var endpoint = _options.Endpoint ?? throw new AzureLanguageException("Language:Endpoint is not configured.");
        var http = clients.CreateClient(nameof(HealthJobClient));
        using var submit = Request(HttpMethod.Post, new Uri(endpoint, $"language/analyze-text/jobs?api-version={_options.ApiVersion}"));
        submit.Content = JsonContent.Create(new
        {
            displayName = "triage",
            analysisInput = new { documents = new[] { new { id = "1", language, text } } },
            tasks = new[] { new { kind = "Healthcare", parameters = new { modelVersion = "latest" } } },
        });
        using var submitted = await http.SendAsync(submit, cancellationToken);
        if (submitted.StatusCode != HttpStatusCode.Accepted || submitted.Headers.TryGetValues("operation-location", out var locations) is false)
            throw new AzureLanguageException($"Submitting the job answered {(int)submitted.StatusCode}.");
        var job = new Uri(locations.First());

        while (true)
        {
            using var poll = Request(HttpMethod.Get, job);
            using var polled = await http.SendAsync(poll, cancellationToken);
            if (!polled.IsSuccessStatusCode)
                throw new AzureLanguageException($"Polling the job answered {(int)polled.StatusCode}.");
            var body = await polled.Content.ReadFromJsonAsync<JsonObject>(cancellationToken)
                ?? throw new AzureLanguageException("The job's status was empty.");
            switch (body["status"]?.GetValue<string>())
            {
                case "succeeded":
                    return Entities(body);
                case "notStarted" or "running":
                    await Task.Delay(polled.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(_options.PollMilliseconds), cancellationToken);
                    break;
                case var status:
                    throw new AzureLanguageException($"The job ended {status}.");
            }
        }
    }

    private static List<HealthEntity> Entities(JsonObject job) =>
        [.. (job["tasks"]?["items"]?.AsArray() ?? [])
            .SelectMany(item => item?["results"]?["documents"]?.AsArray() ?? [])
            .SelectMany(document => document?["entities"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .Select(e => new HealthEntity(
                e["text"]?.GetValue<string>() ?? "",
                e["category"]?.GetValue<string>() ?? "",
                e["name"]?.GetValue<string>(),
                e["assertion"]?["certainty"]?.GetValue<string>()))];

    private HttpRequestMessage Request(HttpMethod method, Uri uri)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.Key);
        return request;
    }
}
