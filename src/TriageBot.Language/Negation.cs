namespace TriageBot.Language;

/// <summary>
/// NegEx (Chapman et al. 2001) for one message: a finding is negated by a trigger before it ("no fever",
/// "не тошнит") within <see cref="MaxScope"/> words and the same clause, by a trigger among the words between
/// its concepts ("в груди не давит", "chest is not tight"), or by a trigger right after it at the end of its
/// clause ("температуры нет"). Pseudo-triggers ("not only") negate nothing; a trigger that is one of a
/// finding's own words ("can't feel", "не могу помочиться": inability is the symptom) negates nothing.
/// </summary>
internal sealed class Negation
{
    public const int MaxScope = 5;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly List<PhraseMatch> _before;
    private readonly List<PhraseMatch> _after;
    private readonly bool[] _scopeEnd;
    private readonly HashSet<int> _joins;
    private readonly List<PhraseMatch> _tails;
    private readonly List<PhraseMatch> _fillers;
    private readonly List<PhraseMatch> _pseudo;
    private readonly IReadOnlyList<PhraseMatch> _findings;
    private readonly Func<string, bool> _isPlace;
    private readonly Func<string, bool> _isRedFlag;

    /// <param name="findings">Every finding the message says: a trigger among a finding's own words does not negate it,
    /// nor a place said with it ("не чувствую поясницу": the lower back is where it is numb), though it may negate
    /// another finding ("не чувствую давления в груди").</param>
    /// <param name="isPlace">Whether a finding only says where (the lower back, the neck).</param>
    /// <param name="isRedFlag">Whether a finding calls an ambulance: never denied by a denial said of another.</param>
    public Negation(Lexicon lexicon, IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch> findings, Func<string, bool> isPlace, Func<string, bool> isRedFlag)
    {
        _tokens = tokens;
        _findings = findings;
        _isPlace = isPlace;
        _isRedFlag = isRedFlag;
        _pseudo = Lexicon.FindAll(lexicon.Pseudo, tokens);
        _before = [.. Lexicon.FindAll(lexicon.NegationBefore, tokens).Where(t => !IsPseudo(t))];
        _after = [.. Lexicon.FindAll(lexicon.NegationAfter, tokens).Where(t => !IsPseudo(t))];
        _joins = [.. Lexicon.FindAll(lexicon.Conjunctions, tokens).Select(j => j.Start)];
        _tails = Lexicon.FindAll(lexicon.NegationTails, tokens);
        _fillers = Lexicon.FindAll(lexicon.NegationFillers, tokens);
        _scopeEnd = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            _scopeEnd[i] = tokens[i].IsMark;
        foreach (var end in Lexicon.FindAll(lexicon.ScopeEnds, tokens))
        {
            for (var i = end.Start; i < end.End; i++)
                _scopeEnd[i] = true;
        }
    }

    public bool IsNegated(PhraseMatch finding)
    {
        // Only then the longest: "don't feel" in "I don't feel sick" is the finding's own, "don't" still denies it.
        // The "не" of «не чувствую» is numbness, no denial of a place or a red flag said with it («обе ноги как чужие,
        // не чувствую»); "can't feel any pressure in my chest" is no numbness at all (notMeaning).
        // Only triggers within reach are weighed (and any trigger holding one of them is within reach too): a long
        // message's other clauses cost nothing.
        bool Free(PhraseMatch trigger) =>
            Reaches(trigger, finding) && !Own(trigger, finding)
            && !((_isPlace(finding.Id) || _isRedFlag(finding.Id)) && _findings.Any(other => Own(trigger, other)));
        return Longest(_before.Where(Free)).Exists(trigger => InGap(trigger, finding) || Before(trigger, finding))
            || Longest(_after.Where(Free)).Exists(trigger => After(trigger, finding))
            || DeniedWithTheNext(finding);
    }

    /// <summary>Words inside a phrase that only looks like a denial ("not only", "no matter how"): they deny nothing.</summary>
    public bool IsPseudo(PhraseMatch words) => _pseudo.Exists(p => words.Start >= p.Start && words.End <= p.End);

    /// <summary>"тошноты и рвоты нет", "nausea or vomiting - none": a denial after two findings joined by "and" denies
    /// both. A red flag first in the pair only when its word ends as the next one's does, the same form in a list
    /// («рвоты и тошноты нет»): «рвёт и температуры нет» still calls the ambulance at once. Findings listed with commas
    /// («Аварий, падений не было») are denied together only so: a part that is nothing but the finding, in the form of
    /// the next («Болит спина, температуры нет» denies only the temperature).</summary>
    private bool DeniedWithTheNext(PhraseMatch finding)
    {
        var joined = _joins.Contains(finding.End);
        var listed = !joined && Listed(finding);
        return (joined || listed)
            && _findings.Any(next => next.Start == finding.End + 1 && next.Id != finding.Id && !_isPlace(next.Id)
                && ((!_isRedFlag(finding.Id) && !listed) || SameEnding(finding, next))
                && (_after.Exists(trigger => Reaches(trigger, next) && After(trigger, next)) || DeniedWithTheNext(next)));
    }

    private bool Listed(PhraseMatch finding) =>
        finding.End < _tokens.Count && _tokens[finding.End].IsMark && !_tokens[finding.End].SentenceEnd
        && (finding.Start == 0 || _tokens[finding.Start - 1].IsMark);

    private bool SameEnding(PhraseMatch one, PhraseMatch other) =>
        (_tokens[one.End - 1].Lower ?? _tokens[one.End - 1].Folded)[^1] == (_tokens[other.End - 1].Lower ?? _tokens[other.End - 1].Folded)[^1];

    /// <summary>The trigger shares a word that says the finding itself, not one in a gap between its words ("не ем"
    /// after "на ночь" is a denial, though "ем" is the finding's own word; "никак не получается помочиться" is not).</summary>
    private static bool Own(PhraseMatch trigger, PhraseMatch finding) =>
        Enumerable.Range(trigger.Start, trigger.Length)
            .Any(t => t >= finding.Start && t < finding.End && (finding.Skipped is not { } gap || !gap.Contains(t)));

    private bool Reaches(PhraseMatch trigger, PhraseMatch finding) =>
        trigger.End >= finding.Start - MaxScope && trigger.Start <= Stressed(finding.End, trigger.Start) + 1;

    /// <summary>Where a denial after a finding may start: past a mark and the words that only stress it.</summary>
    private int Stressed(int end, int limit)
    {
        var at = end < limit && _tokens[end].IsMark ? end + 1 : end;
        while (_fillers.FindIndex(f => f.Start == at && f.End <= limit) is var filler and >= 0)
            at = _fillers[filler].End;
        return at;
    }

    private static bool InGap(PhraseMatch trigger, PhraseMatch finding) =>
        finding.Skipped is { } gap && Enumerable.Range(trigger.Start, trigger.Length).All(gap.Contains);

    /// <summary>"температуры нет", "fever - none", "рвоты ни разу не было": the trigger closes the finding's clause (or
    /// joins the next: "изжоги нет и не тошнит"; perhaps after a word like "now": "temp is normal now"), with a mark
    /// or words that only stress the denial between them.</summary>
    private bool After(PhraseMatch trigger, PhraseMatch finding) =>
        trigger.Start >= finding.End && trigger.Start == Stressed(finding.End, trigger.Start) && Closes(trigger);

    private bool Closes(PhraseMatch trigger) => ClosesAt(trigger.End) || _tails.Exists(t => t.Start == trigger.End && ClosesAt(t.End));

    private bool ClosesAt(int end) => end == _tokens.Count || _tokens[end].IsMark || _joins.Contains(end);

    private bool Before(PhraseMatch trigger, PhraseMatch finding) =>
        trigger.End <= finding.Start
        && finding.Start - trigger.End <= MaxScope
        && !UsedAfter(trigger)
        && !Enumerable.Range(trigger.End, finding.Start - trigger.End).Any(i => _scopeEnd[i]);

    /// <summary>A trigger that closed the clause before it ("температуры нет, тошноты нет") opens no scope.</summary>
    private bool UsedAfter(PhraseMatch trigger) => _after.Exists(a => a.Start == trigger.Start) && Closes(trigger);

    private static List<PhraseMatch> Longest(IEnumerable<PhraseMatch> matches)
    {
        var all = matches.ToList();
        return [.. all.Where(m => !all.Exists(m.Within))];
    }
}
