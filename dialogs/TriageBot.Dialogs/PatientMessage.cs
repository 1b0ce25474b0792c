using Microsoft.Bot.Schema;

namespace TriageBot.Dialogs;

/// <summary>An incoming message reduced to what the triage reads: bounded text, its language, what was left out.</summary>
/// <param name="Language">"en" or "ru" from the activity's locale; null when the activity names none.</param>
/// <param name="IsOtherLanguage">The locale names a language the bot does not speak (it answers in English).</param>
public sealed record PatientMessage(string Text, string? Language, bool IsOtherLanguage, bool HadAttachments, bool WasCut)
{
    /// <summary>No triage answer needs more; longer messages are cut so no message can make a turn slow.</summary>
    public const int MaxLength = 2_000;

    /// <summary>Empty, only emoji or punctuation: nothing to understand.</summary>
    public bool HasWords => Text.Any(char.IsLetterOrDigit);

    public static PatientMessage From(Activity activity)
    {
        var message = activity.AsMessageActivity();
        var text = WithoutBotMention(activity, message?.Text ?? "").Trim();
        var language = LanguageOf(activity.Locale);
        return new PatientMessage(
            text.Length > MaxLength ? text[..MaxLength] : text,
            language,
            activity.Locale is { Length: > 0 } && language is null,
            message?.Attachments?.Count > 0,
            text.Length > MaxLength);
    }

    /// <summary>In a Teams channel or group chat the message starts with "&lt;at&gt;TriageBot&lt;/at&gt;": that is not the patient's answer.</summary>
    private static string WithoutBotMention(Activity activity, string text)
    {
        foreach (var mention in activity.GetMentions())
        {
            if (mention.Mentioned?.Id == activity.Recipient?.Id && !string.IsNullOrEmpty(mention.Text))
                text = text.Replace(mention.Text, "", StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    public static string? LanguageOf(string? locale) => locale?.Split('-', '_')[0].ToLowerInvariant() switch
    {
        "en" => "en",
        "ru" => "ru",
        _ => null,
    };
}
