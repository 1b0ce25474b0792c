using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TriageBot.Web.Tests.Operators;

/// <summary>
/// A browser-like client of the operators' console: keeps cookies, does not follow redirects (so a test sees
/// them), and posts forms with the antiforgery token of the page it last read.
/// </summary>
internal sealed class ConsoleClient : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _http;

    public ConsoleClient(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    public async Task<(HttpStatusCode Status, IDocument Page)> PageAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        return (response.StatusCode, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Reads the page at <paramref name="pagePath"/>, then submits its form number <paramref name="form"/> with the given fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pagePath, IReadOnlyDictionary<string, string> fields, int form = 0)
    {
        var (_, page) = await PageAsync(pagePath);
        var element = page.QuerySelectorAll("main form").ElementAtOrDefault(form) ?? throw new InvalidOperationException($"{pagePath} has no form {form}");
        var values = element.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in fields)
            values[name] = value;
        var action = element.GetAttribute("action") is { Length: > 0 } a ? a : pagePath;
        return await _http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        await SubmitAsync("/operator/signin", new Dictionary<string, string> { ["userName"] = userName, ["password"] = password });

    public static async Task<ConsoleClient> SignedInAsync(Uri baseAddress, string userName, string password)
    {
        var client = new ConsoleClient(baseAddress);
        using var response = await client.SignInAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{userName} could not sign in: {(int)response.StatusCode}");
        return client;
    }

    public Task<HttpResponseMessage> PostAsync(string path, IReadOnlyDictionary<string, string> fields) =>
        _http.PostAsync(path, new FormUrlEncodedContent(fields));

    public void Dispose() => _http.Dispose();
}
