using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TriageBot.Cli.Vignettes;

/// <summary>
/// Plays a vignette as ../shared/vignettes/README.md says: the opening, then each question answered from the
/// vignette (or "no"), a closed question ("clarify") from the patient's true findings, until the outcome or
/// <see cref="QuestionLimit"/> questions.
/// </summary>
public static class VignetteRunner
{
    public const int QuestionLimit = 12;

    public static async Task<VignetteResult> PlayAsync(Vignette vignette, IPatientChannel channel, CancellationToken cancellationToken = default)
    {
        var transcript = new List<string>();
        await channel.OpenAsync(cancellationToken);
        var triage = await SayAsync(channel, vignette.Opening, transcript, cancellationToken);
        var questions = 0;
        while (triage?["step"]?.ToString() is { } step && step != "outcome" && questions < QuestionLimit)
        {
            questions++;
            var answer = step == "clarify" ? vignette.AnswerAbout(triage["finding"]?.ToString() ?? "") : vignette.AnswerTo(step);
            triage = await SayAsync(channel, answer, transcript, cancellationToken);
        }

        return triage?["step"]?.ToString() == "outcome"
            ? new VignetteResult(vignette, triage["disposition"]?.ToString(), questions, Ids(triage["specialists"]), Ids(triage["tips"]), transcript, Ids(triage["findings"]))
            : new VignetteResult(vignette, null, questions, [], [], transcript, []);
    }

    /// <summary>The triage contract of the last question or outcome among the bot's replies.</summary>
    public static JObject? TriageOf(IEnumerable<Activity> replies) => replies
        .Select(r => r.ChannelData is null ? null : JObject.FromObject(r.ChannelData)["triage"] as JObject)
        .LastOrDefault(t => t is not null);

    private static async Task<JObject?> SayAsync(IPatientChannel channel, string text, List<string> transcript, CancellationToken cancellationToken)
    {
        transcript.Add($"patient: {text}");
        var replies = await channel.SayAsync(text, cancellationToken);
        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            var step = reply.ChannelData is null ? null : JObject.FromObject(reply.ChannelData)["triage"]?["step"];
            transcript.Add($"bot{(step is null ? "" : $" [{step}]")}: {reply.Text?.ReplaceLineEndings(" ")}");
        }

        return TriageOf(replies);
    }

    private static string[] Ids(JToken? array) => array is JArray items ? [.. items.Select(i => i.ToString())] : [];
}
