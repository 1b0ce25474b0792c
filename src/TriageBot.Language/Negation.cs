namespace TriageBot.Language;

/// <summary>
/// NegEx (Chapman et al. 2001) for one message: a finding is negated by a trigger before it ("no fever",
/// "не тошнит") within <see cref="MaxScope"/> words and the same clause, or by a trigger right after it at the
/// end of its clause ("температуры нет"). Pseudo-triggers ("not only") negate nothing; a trigger that is part
/// of a finding's own words ("can't feel", "не могу помочиться") negates nothing either.
/// </summary>
internal sealed class Negation
{
    public const int MaxScope = 5;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly List<PhraseMatch> _before;
    private readonly List<PhraseMatch> _after;
    private readonly bool[] _scopeEnd;

    public Negation(Lexicon lexicon, IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch> findings)
    {
        _tokens = tokens;
        var pseudo = Lexicon.FindAll(lexicon.Pseudo, tokens);
        // A trigger among a finding's own words ("can't feel", "ноги не держат") is part of what it says;
        // one that the finding's gap stepped over ("в груди не давит") still negates it.
        bool Free(PhraseMatch trigger) =>
            !pseudo.Exists(p => trigger.Start >= p.Start && trigger.End <= p.End)
            && !findings.Any(f => trigger.Start >= f.Start && trigger.End <= f.End && !InGap(trigger, f));
        _before = Longest(Lexicon.FindAll(lexicon.NegationBefore, tokens).Where(Free));
        _after = Longest(Lexicon.FindAll(lexicon.NegationAfter, tokens).Where(Free));
        _scopeEnd = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            _scopeEnd[i] = tokens[i].Folded == Tokenizer.ClauseMark;
        foreach (var end in Lexicon.FindAll(lexicon.ScopeEnds, tokens))
        {
            for (var i = end.Start; i < end.End; i++)
                _scopeEnd[i] = true;
        }
    }

    public bool IsNegated(PhraseMatch finding) =>
        NegatedInGap(finding) || NegatedAfter(finding) || NegatedBefore(finding);

    private static bool InGap(PhraseMatch trigger, PhraseMatch finding) =>
        finding.Skipped is { } gap && Enumerable.Range(trigger.Start, trigger.Length).All(gap.Contains);

    private bool NegatedInGap(PhraseMatch finding) => _before.Exists(trigger => InGap(trigger, finding));

    /// <summary>"температуры нет", "fever - none": the trigger closes the finding's clause.</summary>
    private bool NegatedAfter(PhraseMatch finding) => _after.Exists(trigger =>
        trigger.Start >= finding.End
        && trigger.Start - finding.End <= 1
        && (trigger.Start == finding.End || _tokens[finding.End].Folded == Tokenizer.ClauseMark)
        && (trigger.End == _tokens.Count || _tokens[trigger.End].Folded == Tokenizer.ClauseMark));

    private bool NegatedBefore(PhraseMatch finding) => _before.Exists(trigger =>
        trigger.End <= finding.Start
        && finding.Start - trigger.End <= MaxScope
        && !UsedAfter(trigger)
        && !Enumerable.Range(trigger.End, finding.Start - trigger.End).Any(i => _scopeEnd[i]));

    /// <summary>A trigger that closed the clause before it ("температуры нет, тошноты нет") opens no scope.</summary>
    private bool UsedAfter(PhraseMatch trigger) => _after.Exists(a => a.Start == trigger.Start)
        && (trigger.End == _tokens.Count || _tokens[trigger.End].Folded == Tokenizer.ClauseMark);

    private static List<PhraseMatch> Longest(IEnumerable<PhraseMatch> matches)
    {
        var all = matches.ToList();
        return [.. all.Where(m => !all.Exists(m.Within))];
    }
}
