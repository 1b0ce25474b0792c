namespace TriageBot.Web.Health;

/// <summary>
/// <c>probe [URL]</c>: asks the running host's readiness endpoint and exits 0 when ready, 1 otherwise. The
/// container's HEALTHCHECK uses it, so the runtime image needs no curl.
/// </summary>
public static class HealthProbe
{
    public const string DefaultUrl = "http://127.0.0.1:8080/health/ready";

    public static bool Matches(string[] args) => args is ["probe", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(args.Length > 1 ? args[1] : DefaultUrl));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
