using System.Globalization;

namespace TriageBot.Language;

/// <summary>
/// Whose symptom a finding is and when (ConText, Harkema et al. 2009): "my husband's legs are weak" is someone
/// else's; "I had a fever last year" or "a high temperature back in January, I have recovered" is the past;
/// "worried it might be cancer" is only feared. A
/// trigger reaches a finding within <see cref="MaxScope"/> words of the same clause, before it or after it
/// ("three weeks ago, with a high temperature"; "a high temperature three weeks ago"), until the speaker comes
/// back to themselves ("but I", "у меня": the lexicon's contextEnds).
/// </summary>
internal sealed class MentionContext
{
    public const int MaxScope = 8;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly List<PhraseMatch> _someoneElse;
    private readonly List<PhraseMatch> _pastBefore;
    private readonly List<PhraseMatch> _pastAfter;
    private readonly List<PhraseMatch> _hypothetical;
    private readonly List<PhraseMatch> _hypotheticalAfter;
    private readonly List<PhraseMatch> _resolved;
    private readonly List<PhraseMatch> _longAgo;
    private readonly bool[] _selfEnd;
    private readonly bool[] _nowEnd;
    private readonly bool[] _marks;

    public MentionContext(Lexicon lexicon, IReadOnlyList<Token> tokens)
    {
        _tokens = tokens;
        _someoneElse = Lexicon.FindAll(lexicon.SomeoneElse, tokens);
        _pastBefore = Lexicon.FindAll(lexicon.PastBefore, tokens);
        _pastAfter = Lexicon.FindAll(lexicon.PastAfter, tokens);
        _hypothetical = Lexicon.FindAll(lexicon.Hypothetical, tokens);
        _hypotheticalAfter = Lexicon.FindAll(lexicon.HypotheticalAfter, tokens);
        var notResolved = Lexicon.FindAll(lexicon.NotResolved, tokens);
        _resolved = [.. Lexicon.FindAll(lexicon.Resolved, tokens).Where(r => !notResolved.Exists(r.Overlaps))];
        _longAgo = [.. Lexicon.FindAll(lexicon.LongAgo, tokens), .. YearsLongAgo(tokens)];
        _selfEnd = Ends(lexicon.SelfAgain, tokens, except: _someoneElse);
        _nowEnd = Ends(lexicon.NowAgain, tokens, except: []);
        _marks = Ends([], tokens, except: []);
    }

    public bool IsSomeoneElses(PhraseMatch finding) => _someoneElse.Exists(trigger => Reaches(trigger, finding, _selfEnd));

    public bool IsPast(PhraseMatch finding) =>
        _pastBefore.Exists(trigger => Reaches(trigger, finding, _nowEnd))
        || _pastAfter.Exists(trigger => Reaches(trigger, finding, _nowEnd))
        || _pastAfter.Exists(trigger => trigger.Start >= finding.End && trigger.Start - finding.End <= MaxScope && !Ended(finding.End, trigger.Start, _nowEnd))
        || _resolved.Exists(trigger => trigger.Start >= finding.End && trigger.Start - finding.End <= 2 * MaxScope && !SentenceEnds(finding.End, trigger.Start));

    /// <summary>A year two or more before this one ("in 2015"): as long ago as "years ago".</summary>
    private static IEnumerable<PhraseMatch> YearsLongAgo(IReadOnlyList<Token> tokens)
    {
        var lastLongAgo = DateTime.UtcNow.Year - 2;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Folded.Length == 4 && int.TryParse(tokens[i].Folded, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900 && year <= lastLongAgo)
                yield return new PhraseMatch("longAgo", i, i + 1);
        }
    }

    /// <summary>"Twenty years ago", "as a child", "in 2015": so long ago that even an accident no longer counts.</summary>
    public bool IsLongAgo(PhraseMatch finding) =>
        _longAgo.Exists(trigger => Reaches(trigger, finding, _nowEnd)
            || (trigger.Start >= finding.End && trigger.Start - finding.End <= MaxScope && !Ended(finding.End, trigger.Start, _nowEnd)));

    /// <summary>"What if my legs go numb": a fear reaches to the next comma or full stop; "numbness in the groin is an
    /// emergency" is knowledge, not a symptom.</summary>
    public bool IsHypothetical(PhraseMatch finding) =>
        _hypothetical.Exists(trigger => trigger.End <= finding.Start && finding.Start - trigger.End <= MaxScope
            && !Ended(AfterComma(trigger.End), finding.Start, _marks))
        || _hypotheticalAfter.Exists(trigger => trigger.Start >= finding.End && trigger.Start - finding.End <= 4 && !Ended(finding.End, trigger.Start, _selfEnd));

    private static bool Reaches(PhraseMatch trigger, PhraseMatch finding, bool[] ends) =>
        trigger.End <= finding.Start && finding.Start - trigger.End <= MaxScope && !Ended(trigger.End, finding.Start, ends);

    /// <summary>Marks, and the words where the scope stops (a trigger's own first word excepted: "my" of "my husband").</summary>
    private static bool[] Ends(IReadOnlyList<Phrase> words, IReadOnlyList<Token> tokens, List<PhraseMatch> except)
    {
        var ends = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            ends[i] = tokens[i].IsMark;
        foreach (var end in Lexicon.FindAll(words, tokens).Where(e => !except.Exists(t => t.Start == e.Start)))
            ends[end.Start] = true;
        return ends;
    }

    /// <summary>"Боюсь, что это рак": a comma right after the trigger opens its clause rather than ending it.</summary>
    private int AfterComma(int end) => end < _tokens.Count && _tokens[end].IsMark && !_tokens[end].SentenceEnd ? end + 1 : end;

    private bool SentenceEnds(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_tokens[i].SentenceEnd)
                return true;
        }

        return false;
    }

    private static bool Ended(int from, int to, bool[] ends)
    {
        for (var i = from; i < to; i++)
        {
            if (ends[i])
                return true;
        }

        return false;
    }
}
