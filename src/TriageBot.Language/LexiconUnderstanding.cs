namespace TriageBot.Language;

/// <summary>
/// The local understanding: lexicon phrases in English and Russian, negation after NegEx, temperatures.
/// Deterministic, no network, and bounded: only the first <see cref="MaxLength"/> characters are read.
/// Thread-safe; meant to be a singleton.
/// </summary>
public sealed class LexiconUnderstanding : ITextUnderstanding
{
    /// <summary>No answer needs more; it keeps every message's cost bounded.</summary>
    public const int MaxLength = 2_000;

    private static readonly string[] CommandPriority = ["forget_me", "talk_to_staff", "start_over", "help"];
    private readonly Dictionary<string, Lexicon> _lexicons = new()
    {
        ["en"] = Lexicon.Load("en"),
        ["ru"] = Lexicon.Load("ru"),
    };

    public Task<Understanding> UnderstandAsync(string text, string language, CancellationToken cancellationToken = default) =>
        Task.FromResult(Understand(text, language));

    /// <summary>
    /// Reads the message with the conversation's lexicon first, then with the other one: a red flag typed in
    /// Russian on an English page still counts.
    /// </summary>
    public Understanding Understand(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
            text = text[..MaxLength];
        var first = _lexicons.GetValueOrDefault(language) ?? _lexicons["en"];
        var second = _lexicons.Values.First(l => l != first);
        return Merge(Read(text, first), Read(text, second));
    }

    /// <summary>One understanding from two: every mention, an affirmed one winning over its denial.</summary>
    public static Understanding Merge(Understanding first, Understanding second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var mentions = first.Mentions.Concat(second.Mentions)
            .GroupBy(m => m.FindingId)
            .Select(g => g.FirstOrDefault(m => !m.Negated) ?? g.First()) // an affirmed red flag must never be hidden by a denial
            .ToList();
        return new Understanding(mentions, first.Command ?? second.Command, first.SaysNone || second.SaysNone);
    }

    private static Understanding Read(string text, Lexicon lexicon)
    {
        var tokens = Tokenizer.Split(text, lexicon.Language, lexicon.KnownWords);
        if (tokens.Count == 0)
            return Understanding.Nothing;

        var findings = lexicon.FindFindings(tokens);
        findings.AddRange(lexicon.Durations.Read(tokens));
        var temperatures = TemperatureReader.Read(lexicon, tokens, text).ToList();
        if (temperatures.Count > 0)
        {
            // A measured temperature says more than the word "temperature" next to it.
            findings.RemoveAll(f => f.Id == "fever");
            findings.AddRange(temperatures.Select(t => t.Match));
        }

        // "chest pain" is chest pressure, not a second finding of pain; numbness stays heard (alwaysHeard).
        var kept = findings.Where(f => lexicon.AlwaysHeard.Contains(f.Id) || !findings.Exists(f.Within)).ToList();
        var negation = new Negation(lexicon, tokens, kept);
        var mentions = kept
            .Select(f => new Mention(f.Id, Evidence(text, tokens, f), negation.IsNegated(f) || temperatures.Exists(t => t.Match == f && t.Normal)))
            .ToList();
        return Merge(new Understanding(mentions, Command(lexicon, tokens), SaysNone(lexicon, tokens)), Understanding.Nothing);
    }

    /// <summary>A command only when it is what the message is about, not a word inside a story.</summary>
    private static PatientCommand? Command(Lexicon lexicon, List<Token> tokens)
    {
        var words = tokens.Count(t => t.Folded != Tokenizer.ClauseMark);
        var commands = Lexicon.FindAll(lexicon.Commands, tokens).Where(c => words - c.Length <= 3).ToList();
        return CommandPriority.FirstOrDefault(id => commands.Exists(c => c.Id == id)) switch
        {
            "forget_me" => PatientCommand.ForgetMe,
            "talk_to_staff" => PatientCommand.TalkToStaff,
            "start_over" => PatientCommand.StartOver,
            "help" => PatientCommand.Help,
            _ => null,
        };
    }

    /// <summary>"No", "none of these", "fine": at the start of the answer, or as most of a short one.</summary>
    private static bool SaysNone(Lexicon lexicon, List<Token> tokens)
    {
        var words = tokens.Count(t => t.Folded != Tokenizer.ClauseMark);
        var first = tokens.FindIndex(t => t.Folded != Tokenizer.ClauseMark);
        return Lexicon.FindAll(lexicon.None, tokens).Exists(n => n.Start == first || words <= 4);
    }

    private static string Evidence(string text, List<Token> tokens, PhraseMatch match) =>
        text[tokens[match.Start].Start..tokens[match.End - 1].End];
}
