using System.Text;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Language;

/// <summary>
/// The local understanding: findings as concepts said together in one clause, in English and Russian (also
/// Russian in Latin letters); negation after NegEx, someone else's and past symptoms after ConText; temperatures.
/// Deterministic, no network, and bounded: only the first <see cref="MaxLength"/> characters are read.
/// Thread-safe; meant to be a singleton.
/// </summary>
public sealed class LexiconUnderstanding : ITextUnderstanding
{
    /// <summary>No answer needs more; it keeps every message's cost bounded.</summary>
    public const int MaxLength = 2_000;

    /// <summary>Words in an answer short enough for a "no" or a "yes" anywhere in it to be the answer.</summary>
    private const int ShortAnswer = 6;

    private static readonly string[] CommandPriority = ["forget_me", "talk_to_staff", "start_over", "help"];
    private readonly TriageProtocol _protocol = TriageProtocol.Default;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, Lexicon> _lexicons = new()
    {
        ["en"] = Lexicon.Load("en"),
        ["ru"] = Lexicon.Load("ru"),
    };

    public LexiconUnderstanding()
        : this(TimeProvider.System)
    {
    }

    /// <param name="time">The clock that says which years are long past ("in 2015").</param>
    public LexiconUnderstanding(TimeProvider time) => _time = time;

    public Task<Understanding> UnderstandAsync(string text, string language, CancellationToken cancellationToken = default) =>
        Task.FromResult(Understand(text, language));

    /// <summary>
    /// Reads the message with the conversation's lexicon first, then with the other one: a red flag typed in
    /// Russian on an English page still counts. Words in Latin letters that are no English words are also read
    /// as Russian typed without a Cyrillic keyboard.
    /// </summary>
    public Understanding Understand(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
            text = text[..MaxLength];
        // Fullwidth "ＣＨＥＳＴ", ligatures and a decomposed «й» read as the letters they are.
        if (!text.IsNormalized(NormalizationForm.FormKC))
            text = text.Normalize(NormalizationForm.FormKC);
        var first = _lexicons.GetValueOrDefault(language) ?? _lexicons["en"];
        var second = _lexicons.Values.First(l => l != first);
        // Russian in Latin letters is no English with typos: the English reading of it guesses at no word.
        var transliterated = LooksTransliterated(text);
        var understood = Merge(Read(text, first, primary: true, strict: transliterated), Read(text, second, strict: transliterated));
        return transliterated ? Merge(understood, Read(text, _lexicons["ru"], transliterate: true)) : understood;
    }

    /// <summary>One understanding from two: every mention, an affirmed one winning over its denial.</summary>
    public static Understanding Merge(Understanding first, Understanding second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var mentions = first.Mentions.Concat(second.Mentions)
            .GroupBy(m => m.FindingId)
            .Select(g => g.OrderBy(Weight).First()) // an affirmed red flag must never be hidden by a denial
            .ToList();
        var halfSaid = first.HalfSaid.Concat(second.HalfSaid)
            .Where(u => !mentions.Exists(m => m.FindingId == u.FindingId && (m.AffirmedForSomeoneElse || m.Negated)))
            .DistinctBy(u => u.FindingId)
            .ToList();
        return new Understanding(
            mentions,
            first.Command ?? second.Command,
            first.SaysNone || second.SaysNone,
            halfSaid,
            first.Answer ?? second.Answer,
            first.SpeaksForSomeoneElse || second.SpeaksForSomeoneElse,
            [.. (first.Topics ?? []).Union(second.Topics ?? [])]);
    }

    private static int Weight(Mention m) => m.Affirmed ? 0 : m.AffirmedForSomeoneElse ? 1 : m.Negated ? 3 : 2;

    /// <summary>More of its Latin words are Russian once transliterated than are English as they stand: Russian
    /// typed in Latin letters ("poyasnitsa bolit"), worth a third reading; English with typos is not.</summary>
    private bool LooksTransliterated(string text)
    {
        if (!Transliteration.HasLatin(text))
            return false;
        var russian = _lexicons["ru"];
        var words = Tokenizer.Split(text, WordForms.AsWritten).Where(t => !t.IsMark && t.Folded.Any(char.IsAsciiLetter)).Select(t => t.Folded).ToList();
        var english = words.Count(w => KnownWords.English.Knows(w, w));
        if (english == words.Count)
            return false; // all English words: no need to try them as Russian
        var transliterated = words.Count(w => KnownWords.Russian.KnowsStem(russian.Forms.Fold(Transliteration.ToCyrillic(w))));
        return transliterated > english;
    }

    private Understanding Read(string text, Lexicon lexicon, bool primary = false, bool transliterate = false, bool strict = false)
    {
        var tokens = Tokenizer.Split(text, lexicon.Forms, strict ? KnownWords.All : lexicon.KnownWords, transliterate);
        if (tokens.Count == 0)
            return Understanding.Nothing;

        var said = lexicon.FindConcepts(tokens);
        lexicon.WorkingHours.AddTo(said, tokens, text);
        var parts = lexicon.Parts(tokens, said);
        var findings = new List<PhraseMatch>();
        var halves = new List<PhraseMatch>();
        foreach (var pattern in lexicon.PatternsOf(said.Keys))
            ConceptMatch.Find(pattern, said, parts, pattern.HalfSaid ? halves : findings);
        var voided = lexicon.Durations.Voids(tokens);
        findings.RemoveAll(f => f.Id == "persistent" && voided(f));
        findings.AddRange(lexicon.Durations.Read(tokens));
        var complaint = findings.Where(f => _protocol.Finding(f.Id).Group is "complaint" or "location").ToList();
        findings.AddRange(lexicon.SinceMonth.Read(tokens, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime), complaint));
        findings.AddRange(lexicon.FindHabitsAlone(tokens));
        findings.AddRange(lexicon.WeightChange.Read(tokens));
        findings.AddRange(lexicon.DailySteps.Read(tokens));
        var temperatures = TemperatureReader.Read(lexicon, tokens, text, _protocol.Temperatures, bareNumbers: primary).ToList();
        if (temperatures.Count > 0)
        {
            // A measured temperature says more than the word "temperature" next to it, or "high" said of it ("temp is
            // 99.8 so not super high" is a fever, not a denied high one).
            findings.RemoveAll(f => f.Id == "fever" || (f.Id == "high_fever" && temperatures.Exists(t => t.Match.Overlaps(f))));
            findings.AddRange(temperatures.Select(t => t.Match));
        }

        // "chest pain" is chest pressure, not a second finding of pain (the lexicon's "absorbs"); "pain in my
        // chest and back" joins two things and absorbs nothing.
        var conjunctions = Lexicon.FindAll(lexicon.Conjunctions, tokens);
        // A finding's words inside a longer saying of the same finding add nothing, and are not denied apart from it
        // ("седловидной" in «седловидной анестезии нет»).
        var kept = findings.Where(f => !findings.Exists(outer => f.Start >= outer.Start && f.End <= outer.End && f != outer
            && lexicon.Absorbs.GetValueOrDefault(outer.Id)?.Contains(f.Id) == true
            && !conjunctions.Exists(c => c.Start > outer.Start && c.Start < outer.End))
            && !findings.Exists(outer => outer.Id == f.Id && f.Within(outer))).ToList();
        var negation = new Negation(lexicon, tokens, kept, IsPlace, id => _protocol.Finding(id).IsRedFlag);
        var context = new MentionContext(lexicon, tokens, kept, parts, _time.GetUtcNow().Year);
        kept.RemoveAll(Explained(lexicon, tokens, context));
        Mention HalfSaidMention(PhraseMatch u, bool someoneElses) =>
            new(u.Id, Evidence(text, tokens, u), Negated: false, someoneElses, ThirdPersons: someoneElses && context.IsThirdPersons(u));
        var impossible = Lexicon.FindAll(lexicon.Impossible, tokens).Select(m => m.Id).ToHashSet();
        // A habit only wondered about ("maybe the mattress is too hard") is still worth its tip.
        Mention MentionOf(PhraseMatch f, bool someoneElses) => new(
            f.Id,
            Evidence(text, tokens, f),
            negation.IsNegated(f) || temperatures.Exists(t => t.Match == f && t.Normal) || impossible.Contains(f.Id),
            someoneElses,
            IsOver(f, context),
            context.IsHypothetical(f) && !IsHabit(f.Id),
            !someoneElses && context.IsWritersOwn(f, itself: _protocol.Finding(f.Id).IsRedFlag),
            someoneElses && context.IsThirdPersons(f));
        var mentions = kept.Where(f => !context.SaysWhen(f)).Select(f => MentionOf(f, context.IsSomeoneElses(f, IsHabit(f.Id)))).ToList();
        var graver = mentions.Where(m => m.AffirmedForSomeoneElse).SelectMany(m => lexicon.Supersedes.GetValueOrDefault(m.FindingId) ?? []).ToHashSet();
        mentions.RemoveAll(m => m.AffirmedForSomeoneElse && graver.Contains(m.FindingId));

        // Half a red flag inside a whole finding ("worse" in "worse at night", "fever" in "slight fever") asks
        // nothing; nor does a fever whose temperature was measured.
        // A red flag only wondered about ("maybe it's pressing in my chest") or said of the past ("my legs went numb
        // last week") is asked about: neither assumed nor dropped. One said to be over ("..., gone now") is not, nor
        // one only feared and then denied ("I read that wetting yourself is an emergency, luckily I have none of that").
        // "No matter how often I nag him" says no "no": a none inside words that only look like a denial is none.
        var nones = Lexicon.FindAll(lexicon.None, tokens).Where(n => !negation.IsPseudo(n)).ToList();
        var settled = kept.Where(f => context.IsResolved(f) || (context.IsHypothetical(f) && nones.Exists(n => n.Start >= f.End)))
            .Select(f => f.Id).ToHashSet();
        var halfSaid = halves
            .Where(u => !findings.Exists(u.Within) && !(u.Id == "high_fever" && temperatures.Count > 0))
            .Where(u => !negation.IsNegated(u) && !context.IsPast(u) && !context.IsRecovered(u) && !context.IsHypothetical(u))
            .Select(u => HalfSaidMention(u, context.IsSomeoneElses(u)))
            .Concat(mentions.Where(m => (m.Hypothetical || m.Past) && !settled.Contains(m.FindingId) && !m.Negated && _protocol.Finding(m.FindingId).IsRedFlag))
            .ToList();
        // A carer says so ("writing for my mum"), or tells only someone else's symptoms ("my dad has been sick"):
        // a symptom of the writer's own ("both my kids have colds and my left leg feels weak") makes it their story,
        // but not a bare place ("between the shoulder blades", out of reach of "she") nor a habit ("sits for hours").
        // A message that opens with someone else's symptom and never names the writer is all about them, pronouns
        // dropped or not («Жена упала с крыши. Говорит, спина онемела», «Жена на 6 месяце, болит спина»). One that
        // opens with the writer's own pain («Тянет поясницу… у мамы ноги отнимались») is the writer's; one whose writer
        // sets apart only an illness of their own ("grandma's back is tingly... I have the flu myself") is the carer's,
        // but one who sets apart their own back ("my wife is vomiting, my own neck is numb") is the patient.
        var firstSymptom = kept.Where(f => IsSymptom(f.Id)).OrderBy(f => f.Start).Select(f => (PhraseMatch?)f).FirstOrDefault();
        // «Спрашиваю про себя» asks for the writer; "typing this for my husband" for him.
        var writer = Lexicon.FindAll(lexicon.Writer, tokens);
        var forSomeoneElse = Lexicon.FindAll(lexicon.SpeakingFor, tokens).Exists(s => !writer.Exists(w => w.Start == s.End && !context.NamesSomeoneElse(w.End)))
            || (mentions.Exists(m => m.SomeoneElses && m.AffirmedForSomeoneElse) && !mentions.Exists(m => m.Affirmed && IsSymptom(m.FindingId)))
            || (firstSymptom is { } first && context.IsSomeoneElses(first)
                && (!context.NamesTheWriter || kept.Where(f => IsSymptom(f.Id) && !context.IsSomeoneElses(f))
                    .All(f => context.IsWritersOwn(f, itself: true) && _protocol.Finding(f.Id).Group != "complaint")));
        return Merge(
            new Understanding(mentions, Command(lexicon, tokens), SaysNone(lexicon, tokens, nones), halfSaid, ClosedAnswers.Read(lexicon, tokens, ShortAnswer, kept.Count > 0), forSomeoneElse,
                [.. Lexicon.FindAll(lexicon.Topics, tokens).Select(t => t.Id).Distinct()]),
            Understanding.Nothing);
    }

    /// <summary>The findings the message explains away, by the patient's own words, not denied as a finding would be
    /// nor by a denial right after them: "lost 5 kg, I'm on a diet" is no unexplained weight loss; "lost 5 kg without
    /// dieting", «специально не худел», «специально ничего не делала» and "my wife is doing Weight Watchers" are.</summary>
    private static Predicate<PhraseMatch> Explained(Lexicon lexicon, List<Token> tokens, MentionContext context)
    {
        var explanations = Lexicon.FindAll(lexicon.Explained, tokens);
        if (explanations.Count == 0)
            return _ => false;
        var negation = new Negation(lexicon, tokens, explanations, _ => false, _ => false);
        var denials = Lexicon.FindAll(lexicon.NegationBefore, tokens);
        var unexplained = Lexicon.FindAll(lexicon.NotResolved, tokens);
        var explained = explanations
            .Where(e => !negation.IsNegated(e) && !denials.Exists(d => d.Start == e.End) && !unexplained.Exists(e.Overlaps) && !context.IsSomeoneElses(e))
            .Select(e => e.Id).ToHashSet();
        return finding => explained.Contains(finding.Id);
    }

    /// <summary>Said of a past that is over: a lifelong finding never is, a recent one only when long ago.</summary>
    private bool IsOver(PhraseMatch finding, MentionContext context) => _protocol.Finding(finding.Id).History switch
    {
        FindingHistory.Lifelong => false,
        FindingHistory.Recent => context.IsLongAgo(finding),
        _ => context.IsPast(finding) || context.IsLongAgo(finding) || (!_protocol.Finding(finding.Id).IsRedFlag && context.IsRecovered(finding)),
    };

    private bool IsPlace(string findingId) => _protocol.Finding(findingId).Group == "location";

    /// <summary>What the patient feels, not where it is or how they live ("sits for hours" is no symptom of the writer's).</summary>
    private bool IsHabit(string findingId) => _protocol.Finding(findingId).Group is "sleep_habit" or "posture_habit";

    private bool IsSymptom(string findingId) => _protocol.Finding(findingId).Group is not ("location" or "sleep_habit" or "posture_habit");

    /// <summary>A command only when it is what the message is about, not a word inside a story (a one-word command
    /// nearly alone: "help please", not "painkillers help a bit"), and not denied: "nothing helps" and «ничего не
    /// помогает» say how the pain is, "don't start over" asks for nothing.</summary>
    private static PatientCommand? Command(Lexicon lexicon, List<Token> tokens)
    {
        var words = tokens.Count(t => !t.IsMark);
        var denials = Lexicon.FindAll(lexicon.NegationBefore, tokens);
        var commands = Lexicon.FindAll(lexicon.Commands, tokens)
            .Where(c => words - c.Length <= (c.Length == 1 ? 2 : 3) && !denials.Exists(d => d.End <= c.Start && c.Start - d.End <= 1))
            .ToList();
        return CommandPriority.FirstOrDefault(id => commands.Exists(c => c.Id == id)) switch
        {
            "forget_me" => PatientCommand.ForgetMe,
            "talk_to_staff" => PatientCommand.TalkToStaff,
            "start_over" => PatientCommand.StartOver,
            "help" => PatientCommand.Help,
            _ => null,
        };
    }

    /// <summary>"No", "none of these", "fine": at the start of the answer, perhaps after whose it is ("у папы ничего
    /// такого нет", "my dad - none of those"), anywhere in a short one, or a word that says no only alone («не»).</summary>
    private static bool SaysNone(Lexicon lexicon, List<Token> tokens, List<PhraseMatch> nones)
    {
        var words = tokens.Count(t => !t.IsMark);
        var first = tokens.FindIndex(t => !t.IsMark);
        var whose = Lexicon.FindAll(lexicon.SomeoneElse, tokens).Concat(Lexicon.FindAll(lexicon.SelfAgain, tokens))
            .Where(w => w.Start == first).Select(w => tokens.FindIndex(w.End, t => !t.IsMark)).DefaultIfEmpty(first).Max();
        return nones.Exists(n => n.Start == first || n.Start == whose || words <= ShortAnswer)
            || Lexicon.FindWhole(lexicon.NoneAlone, tokens).Any();
    }

    private static string Evidence(string text, List<Token> tokens, PhraseMatch match) =>
        text[tokens[match.Start].Start..tokens[match.End - 1].End];
}
