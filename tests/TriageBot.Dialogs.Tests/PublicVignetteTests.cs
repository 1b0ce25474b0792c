using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace TriageBot.Dialogs.Tests;

/// <summary>
/// The simulated patients of ../shared/vignettes/public.jsonl, played as its README says: the opening, then
/// each question answered from the vignette (or "no"), until the outcome or twelve questions.
/// </summary>
public sealed class PublicVignetteTests(ITestOutputHelper output)
{
    private const int QuestionLimit = 12;

    /// <summary>
    /// Scores the set as published symptom-checker audits do. Missing an emergency fails the test; the exact
    /// accuracy is printed, and failures are listed with what was expected (typos and wider wording are the
    /// work of the free-text understanding issue).
    /// </summary>
    [Fact]
    public async Task No_emergency_among_the_public_vignettes_is_missed()
    {
        var results = new List<(string Id, string Expected, string Got, bool Fits)>();
        foreach (var line in File.ReadLines(VignetteFile()).Where(l => l.Trim().Length > 0))
        {
            var vignette = JsonNode.Parse(line)!.AsObject();
            var (got, fits) = await PlayAsync(vignette);
            results.Add((vignette["id"]!.GetValue<string>(), vignette["expect"]!["disposition"]!.GetValue<string>(), got, fits));
        }

        var exact = results.Count(r => r.Expected == r.Got && r.Fits);
        output.WriteLine($"vignettes {results.Count}, exact {exact} ({100.0 * exact / results.Count:F1} %)");
        foreach (var miss in results.Where(r => r.Expected != r.Got || !r.Fits))
            output.WriteLine($"  {miss.Id}: expected {miss.Expected}, got {miss.Got}{(miss.Fits ? "" : " (questions, specialists or tips off)")}");

        var emergencies = results.Where(r => r.Expected == "emergency").ToList();
        Assert.NotEmpty(emergencies);
        Assert.All(emergencies, r => Assert.True(r.Got == "emergency", $"{r.Id}: an emergency answered {r.Got}"));
    }

    private static async Task<(string Disposition, bool Fits)> PlayAsync(JsonObject vignette)
    {
        var expect = vignette["expect"]!.AsObject();
        var locale = vignette["locale"]!.GetValue<string>();
        var chat = new TriageChat(locale);
        var answers = vignette["answers"]!.AsObject();

        var questions = 0;
        var reply = await SayAsync(chat, vignette["opening"]!.GetValue<string>());
        while (TriageChat.StepOf(reply) is { } step && step != "outcome" && questions < QuestionLimit)
        {
            questions++;
            reply = await SayAsync(chat, answers[step]?.GetValue<string>() ?? (locale.StartsWith("ru", StringComparison.Ordinal) ? "нет" : "no"));
        }

        var triage = TriageChat.Triage(reply);
        if (triage?["step"]?.ToString() != "outcome")
            return ("no outcome", false);
        var fits = expect["maxQuestions"] is not { } max || questions <= max.GetValue<int>();
        foreach (var field in new[] { "specialists", "tips" })
        {
            var given = triage[field]!.Select(t => t.ToString()).ToHashSet();
            fits &= (expect[field]?.AsArray().Select(i => i!.GetValue<string>()) ?? []).All(given.Contains);
        }

        return (triage["disposition"]!.ToString(), fits);
    }

    /// <summary>The last activity with a triage step among the bot's replies to one message.</summary>
    private static async Task<IActivity> SayAsync(TriageChat chat, string text)
    {
        await chat.Adapter.SendTextToBotAsync(text, chat.Callback, CancellationToken.None);
        IActivity? last = null;
        while (chat.Adapter.ActiveQueue.Count > 0)
        {
            var activity = chat.Adapter.GetNextReply();
            if (TriageChat.StepOf(activity) is not null)
                last = activity;
        }

        return last ?? throw new InvalidOperationException($"No question or outcome after '{text}'.");
    }

    private static string VignetteFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "vignettes", "public.jsonl");
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException("shared/vignettes/public.jsonl is not beside the repository.");
    }
}
