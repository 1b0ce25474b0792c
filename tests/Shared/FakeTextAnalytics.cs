using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TriageBot.Tests.Shared;

/// <summary>
/// Text Analytics on loopback, replaying a documented job response: the job is accepted with an
/// operation-location, reported running once, then succeeded. It can also fail, or never finish.
/// </summary>
internal sealed class FakeTextAnalytics : IAsyncDisposable
{
    public const string Key = "test-key";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _polls = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeTextAnalytics(WebApplication app) => _app = app;

    public enum Behaviour
    {
        Succeed,
        Fail,
        NeverFinish,
    }

    public Behaviour Mode { get; set; } = Behaviour.Succeed;

    public ConcurrentQueue<(string? Key, string? ApiVersion, JsonObject Body)> Submitted { get; } = new();

    public Uri Endpoint => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/");

    public static async Task<FakeTextAnalytics> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTextAnalytics(app);
        app.MapPost("/language/analyze-text/jobs", fake.SubmitAsync);
        app.MapGet("/language/analyze-text/jobs/{id}", fake.PollAsync);
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        _released.TrySetResult();
        await _app.DisposeAsync();
    }

    private async Task<IResult> SubmitAsync(HttpRequest request)
    {
        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        Submitted.Enqueue((request.Headers["Ocp-Apim-Subscription-Key"].FirstOrDefault(), request.Query["api-version"].FirstOrDefault(), body));
        if (Mode == Behaviour.Fail)
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        var id = Guid.NewGuid().ToString();
        request.HttpContext.Response.Headers["operation-location"] = $"{Endpoint}language/analyze-text/jobs/{id}?api-version=2023-04-01";
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private async Task<IResult> PollAsync(string id, HttpContext context)
    {
        if (Mode == Behaviour.NeverFinish)
        {
            // Holds the poll until the client gives up (its timeout cancels the request) or the test ends.
            await _released.Task.WaitAsync(context.RequestAborted);
        }

        if (_polls.AddOrUpdate(id, 1, (_, n) => n + 1) == 1)
        {
            context.Response.Headers.RetryAfter = "0";
            return Results.Json(new { jobId = id, status = "running" });
        }

        var path = Path.Combine(AppContext.BaseDirectory, "TextAnalytics", "healthcare-succeeded.json");
        return Results.Text(await File.ReadAllTextAsync(path), "application/json");
    }
}
