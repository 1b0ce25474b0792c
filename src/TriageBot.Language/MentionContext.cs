using System.Globalization;

namespace TriageBot.Language;

/// <summary>
/// Whose symptom a finding is and when (ConText, Harkema et al. 2009): "my husband's legs are weak" is someone
/// else's; "I had a fever last year" or "a high temperature back in January, I have recovered" is the past;
/// "worried it might be cancer" is only feared. A trigger reaches a finding within <see cref="MaxScope"/> words of the
/// same clause, before it or after it ("three weeks ago, with a high temperature"; "a high temperature three weeks
/// ago"), until the speaker comes back to themselves or to now ("but I", "у меня", "now": the lexicon's contextEnds).
/// </summary>
internal sealed class MentionContext
{
    public const int MaxScope = 8;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly List<PhraseMatch> _someoneElse;
    private readonly List<PhraseMatch> _writer;
    private readonly List<PhraseMatch> _writerItself;
    private readonly List<PhraseMatch> _thirdPerson;
    private readonly List<PhraseMatch> _thirdPersonAfter;
    private readonly List<PhraseMatch> _company;
    private readonly IReadOnlyList<PhraseMatch> _findings;
    private readonly TextParts _parts;
    private readonly List<PhraseMatch> _past;
    private readonly List<PhraseMatch> _notResolved;
    private readonly List<PhraseMatch> _hypothetical;
    private readonly List<PhraseMatch> _hypotheticalAfter;
    private readonly List<PhraseMatch> _resolved;
    private readonly List<PhraseMatch> _resolvedAll;
    private readonly List<PhraseMatch> _recoveries;
    private readonly List<PhraseMatch> _noLonger;
    private readonly List<PhraseMatch> _longAgo;
    private readonly bool[] _selfEnd;
    private readonly bool[] _nowEnd;
    private readonly bool[] _marks;

    /// <param name="findings">Every finding the message says: a recovery is not that of one before another.</param>
    /// <param name="parts">Which words are meaningful: a recovery is surely that of a finding only when no other
    /// meaningful word stands between them.</param>
    /// <param name="thisYear">The year now: "in 2015" is long ago from two years on.</param>
    public MentionContext(Lexicon lexicon, IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch> findings, TextParts parts, int thisYear)
    {
        _tokens = tokens;
        _findings = findings;
        _parts = parts;
        _someoneElse = Lexicon.FindAll(lexicon.SomeoneElse, tokens);
        _hypothetical = Lexicon.FindAll(lexicon.Hypothetical, tokens);
        _hypotheticalAfter = Lexicon.FindAll(lexicon.HypotheticalAfter, tokens);

        // "since last year", "since 2015" say when it began, not that it is over.
        var onsets = Lexicon.FindAll(lexicon.Onset, tokens);
        // "like they used to", "as before": the past is what the present is measured by (one word may stand between).
        var compared = Lexicon.FindAll(lexicon.Compared, tokens);
        bool Over(PhraseMatch trigger) =>
            !onsets.Exists(o => o.End == trigger.Start) && !compared.Exists(c => c.End == trigger.Start || (c.End + 1 == trigger.Start && !tokens[c.End].IsMark));
        _past = [.. Lexicon.FindAll(lexicon.PastBefore, tokens).Concat(Lexicon.FindAll(lexicon.PastAfter, tokens)).Where(Over)];
        _longAgo = [.. Lexicon.FindAll(lexicon.LongAgo, tokens).Concat(YearsLongAgo(tokens, thisYear)).Where(Over)];
        // "since then" says it is still there, unless a recovery follows it («с тех пор без жалоб»).
        var resolved = Lexicon.FindAll(lexicon.Resolved, tokens);
        _notResolved = [.. Lexicon.FindAll(lexicon.NotResolved, tokens).Where(n => !resolved.Exists(r => r.Start == n.End))];
        _resolved = [.. resolved.Where(r => !_notResolved.Exists(r.Overlaps))];
        _recoveries = [.. Recoveries(lexicon, tokens, findings, parts).Where(r => !_notResolved.Exists(r.Overlaps))];
        _resolvedAll = [.. Lexicon.FindAll(lexicon.ResolvedAll, tokens).Where(r => !_notResolved.Exists(r.Overlaps))];
        _noLonger = Lexicon.FindAll(lexicon.NoLonger, tokens);
        // "my" of "my husband" and «у меня» of «муж у меня» (my husband) say whose the other person is.
        _selfEnd = Ends(lexicon.SelfAgain, tokens, except: [.. _someoneElse, .. _someoneElse.Select(t => t with { Start = t.End })]);
        // "У мужа (76 лет) болит поясница": the brackets are an aside inside whose the words are; in "my husband's the
        // one with a temperature, 38.9" a comma before a number goes on with what it measures.
        bool CommaBeforeNumber(int i) => tokens[i].IsMark && !tokens[i].SentenceEnd && i + 1 < tokens.Count && char.IsAsciiDigit(tokens[i + 1].Folded[0]);
        for (var i = 0; i < tokens.Count; i++)
            _selfEnd[i] &= !tokens[i].IsBracket && !CommaBeforeNumber(i);
        _writer = [.. Lexicon.FindAll(lexicon.Writer, tokens).Where(w => !_someoneElse.Exists(o => w.Start >= o.Start && w.End <= o.End))];
        NamesTheWriter = _writer.Count > 0;
        _writerItself = Lexicon.FindAll(lexicon.WriterItself, tokens);
        _thirdPerson = Lexicon.FindAll(lexicon.ThirdPerson, tokens);
        _thirdPersonAfter = Lexicon.FindAll(lexicon.ThirdPersonAfter, tokens);
        _company = Lexicon.FindAll(lexicon.Company, tokens);
        var thatWas = Lexicon.FindAll(lexicon.ThatWas, tokens);
        _nowEnd = Ends(lexicon.NowAgain, tokens, except: thatWas);
        // «попадал в аварию, но это было лет 15 назад»: the comma before "but that was" goes on with what it dates.
        foreach (var that in thatWas.Where(t => t.Start > 0 && tokens[t.Start - 1].IsMark && !tokens[t.Start - 1].SentenceEnd))
            _nowEnd[that.Start - 1] = false;
        _marks = Ends([], tokens, except: []);
    }

    /// <summary>Someone else is named at the token: "husband" of "my husband".</summary>
    public bool NamesSomeoneElse(int token) => _someoneElse.Exists(o => token >= o.Start && token < o.End);

    /// <summary>The writer speaks of themselves: "I", "me", «у меня», but not the "my" of "my wife".</summary>
    public bool NamesTheWriter { get; }

    /// <summary>Said of someone else: "my husband's legs are weak", or inside the finding's own words ("ноги у него
    /// отнялись", «жалуется на спину» after «Папе 83 года,») unless the writer comes back before they end or is named just before: in "carry her on my hip" and
    /// "I carry my toddler on one hip" the child is only carried. Never when the finding's own words name the writer.
    /// A comma right after the trigger opens what the person says or has («Говорит, спина онемела»). Also what the sentence
    /// goes on to set apart as another's ("…was sick all night, but that's a different kid").</summary>
    /// <param name="habit">A habit's words may hold a person without being theirs ("carry my toddler on one hip"), and a
    /// habit is the writer's when the writer does it in that sentence: in "I sleep on a camp bed next to her bed, it sags"
    /// the mother is only where.</param>
    public bool IsSomeoneElses(PhraseMatch finding, bool habit = false) =>
        SetApartAfter(finding)
        || (!SaysTheWriter(finding)
            && _someoneElse.Exists(trigger => (Reaches(trigger with { End = AfterComma(trigger.End) }, finding, _selfEnd) && !(habit && WriterDoesIt(trigger)))
                || (!habit && trigger.Start >= finding.Start && trigger.End < finding.End && !Ended(trigger.End, finding.End, _selfEnd) && !NamedJustBefore(finding))));

    /// <summary>The writer is named earlier in the trigger's sentence, and no one else before it: "I sleep ... next to
    /// her bed".</summary>
    private bool WriterDoesIt(PhraseMatch trigger)
    {
        // "I sleep next to my daughter": someone only beside the writer, "my" of "my daughter" and all, does nothing.
        var beside = _company.Exists(c => c.End == trigger.Start || (c.End == trigger.Start - 1 && NamesSomeoneElse(c.End)));
        for (var i = trigger.Start - 1; i >= 0 && !_tokens[i].SentenceEnd; i--)
        {
            if (NamesSomeoneElse(i) && !(beside && _someoneElse.Exists(o => i >= o.Start && o.End > trigger.Start)))
                return false;
            if (_selfEnd[i] && !_tokens[i].IsMark)
                return true;
        }

        return false;
    }

    /// <summary>The writer is named right before the finding, in its clause: in "I carry my toddler on one hip" the
    /// toddler is only carried.</summary>
    private bool NamedJustBefore(PhraseMatch finding)
    {
        for (var i = finding.Start - 1; i >= 0 && i >= finding.Start - MaxScope && !_tokens[i].IsMark; i--)
        {
            if (NamesSomeoneElse(i))
                return false;
            if (_selfEnd[i])
                return true;
        }

        return false;
    }

    /// <summary>Said of someone else's someone else: "his sister has a fever" in a carer's story is neither the writer's
    /// nor the patient's, unless someone else is named again before the finding ("his sister says his legs are weak"; the
    /// person right after "my other" is the other one).</summary>
    public bool IsThirdPersons(PhraseMatch finding) =>
        (_thirdPerson.Exists(third => Reaches(third, finding, _selfEnd)
            && !_someoneElse.Exists(o => o.Start > third.End && o.Start < finding.Start))
        || SetApartAfter(finding));

    /// <summary>The sentence goes on to say it was another person's ("...was sick all night, but that's a different kid"),
    /// and the writer did not say it of themselves («у меня немеет пах, а это другой ребёнок болеет»).</summary>
    private bool SetApartAfter(PhraseMatch finding) =>
        _thirdPersonAfter.Exists(third => third.Start >= finding.End && !SentenceEnds(finding.End, third.Start))
        && !IsWritersOwn(finding, itself: false);

    /// <summary>The finding's own words name the writer ("жена говорит, сплю скрючившись": «сплю» is the writer's).</summary>
    private bool SaysTheWriter(PhraseMatch finding)
    {
        for (var i = finding.Start; i < finding.End; i++)
        {
            if (_selfEnd[i] && !_tokens[i].IsMark && !NamesSomeoneElse(i))
                return true;
        }

        return false;
    }

    /// <summary>Of a finding not <see cref="IsSomeoneElses"/>: said by the writer of themselves, "I", "myself" in its
    /// clause with no one else named between ("I'm seven months pregnant myself"; not "I think she has a fever"). With
    /// <paramref name="itself"/>, only when the writer stresses it, before or right after («у меня самой ноги немеют», "a
    /// temperature of 38 myself"): a carer who writes "I saw vomit" is not telling of their own.</summary>
    public bool IsWritersOwn(PhraseMatch finding, bool itself) =>
        itself
            ? _writerItself.Exists(w => (w.End <= finding.Start && finding.Start - w.End <= MaxScope && !SentenceEnds(w.End, finding.Start))
                || w.Start == finding.End)
            : _writer.Exists(w =>
                (w.End <= finding.Start && finding.Start - w.End <= MaxScope && !Ended(w.End, finding.Start, _marks)
                    && !_someoneElse.Exists(o => o.Start >= w.End && o.Start < finding.Start))
                || (w.Start >= finding.End && w.Start - finding.End <= 2 && !Ended(finding.End, w.Start, _marks)));

    /// <summary>Said of the past: a time past in its clause ("last month"), a recovery after it in the sentence
    /// with no other finding between ("vomited from food poisoning, fine now"), or the same said later to be no
    /// more — unless the patient says it is still there ("hasn't gone").</summary>
    public bool IsPast(PhraseMatch finding) =>
        !StillThere(finding) && (_past.Exists(trigger => Near(trigger, finding, _nowEnd)) || Recovered(finding, NoFindingBetween) || NoLongerLater(finding));

    /// <summary>Said in a part that says only that it is over ("the tingling in my fingers has gone"), or followed, with
    /// no other finding between, by such a part in its sentence ("I had a fever yesterday but it's gone now",
    /// «температура была, сейчас уже нет») or as the whole next sentence's first part ("Fever on Monday. Gone now.").
    /// Not for a red flag: "I can't pee, it stopped" and "pressed in my chest, then let go" are what they were.</summary>
    public bool IsRecovered(PhraseMatch finding) =>
        !StillThere(finding) && _recoveries.Exists(r => r.Start >= finding.End
            && (_parts.Parts[finding.Start] == _parts.Parts[r.Start] || NoFindingBetween(finding.End, PartStart(r.Start)))
            && (!SentenceEnds(finding.End, r.Start) || OpensTheNextSentence(finding.End, PartStart(r.Start))));

    /// <summary>The part starting at <paramref name="partStart"/> opens the sentence right after the one that holds
    /// <paramref name="from"/>.</summary>
    private bool OpensTheNextSentence(int from, int partStart) =>
        partStart > from && _tokens[partStart - 1].SentenceEnd && !SentenceEnds(from, partStart - 1);

    private int PartStart(int token)
    {
        var start = token;
        while (start > 0 && _parts.Parts[start - 1] == _parts.Parts[token])
            start--;
        return start;
    }

    /// <summary>The same finding said again later "no longer" («ночью болела… по ночам больше не болит»): what came
    /// before it is over.</summary>
    private bool NoLongerLater(PhraseMatch finding) =>
        _noLonger.Count > 0 && _findings.Any(later => later.Id == finding.Id && later.Start >= finding.End
            && _noLonger.Exists(t => t.Start >= later.Start - 2 && t.Start <= later.End + 1));

    /// <summary>Surely over: nothing but when it was stands between the finding and its recovery ("fever last month,
    /// gone now"). In "pressure in my chest, luckily my cough has cleared up" the cough recovered, perhaps not the
    /// chest: that is only the past, and a red flag in the past is asked about.</summary>
    public bool IsResolved(PhraseMatch finding) => !StillThere(finding) && Recovered(finding, OnlyWhenBetween);

    private bool Recovered(PhraseMatch finding, Func<int, int, bool> between) =>
        _resolved.Exists(trigger => trigger.Start >= finding.End && trigger.Start - finding.End <= 2 * MaxScope
            && !SentenceEnds(finding.End, trigger.Start) && between(finding.End, trigger.Start))
        || _resolvedAll.Exists(trigger => trigger.Start >= finding.End && !SentenceEnds(finding.End, trigger.Start));

    private bool NoFindingBetween(int from, int to) => !_findings.Any(other => other.Start >= from && other.Start < to);

    private bool OnlyWhenBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var when = _past.Exists(p => i >= p.Start && i < p.End) || _longAgo.Exists(p => i >= p.Start && i < p.End);
            if (!when && _parts.WordsBetween(i, i + 1) > 0)
                return false;
        }

        return true;
    }

    /// <summary>The recovery words of each part of a sentence that says nothing but that something is over: "but it is
    /// gone now", "the tingling in my fingers has gone", «а сейчас уже нормальная» (the lexicon's recovery words,
    /// findings' own words, function words and counts, nothing else). "The pain goes away when I lie down" says when
    /// it eases, not that it is over.</summary>
    private static IEnumerable<PhraseMatch> Recoveries(Lexicon lexicon, IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch> findings, TextParts parts)
    {
        var states = Lexicon.FindAll(lexicon.RecoveryStates, tokens);
        if (states.Count == 0)
            yield break;
        var said = new bool[tokens.Count];
        foreach (var words in Lexicon.FindAll(lexicon.RecoveryWords, tokens).Concat(states).Concat(findings))
        {
            for (var i = words.Start; i < words.End; i++)
                said[i] = true;
        }

        // "Gone numb" says how it is now: a recovery comes after what it ends, not before.
        foreach (var state in states.Where(s => !findings.Any(f => f.Overlaps(s) || (f.Start >= s.End && parts.Parts[f.Start] == parts.Parts[s.Start]))))
        {
            var part = parts.Parts[state.Start];
            var nothingElse = true;
            for (var i = 0; i < tokens.Count && nothingElse; i++)
                nothingElse = parts.Parts[i] != part || said[i] || parts.WordsBetween(i, i + 1) == 0 || tokens[i].Folded.All(char.IsAsciiDigit);
            if (nothingElse)
                yield return state;
        }
    }

    /// <summary>The finding's words are part of saying when ("давно" in «всё давно прошло»): no finding of their own.</summary>
    public bool SaysWhen(PhraseMatch finding) =>
        _past.Concat(_longAgo).Concat(_resolved).Concat(_resolvedAll).Any(trigger => finding.Start >= trigger.Start && finding.End <= trigger.End);

    /// <summary>A year two or more before this one ("in 2015"): as long ago as "years ago".</summary>
    private static IEnumerable<PhraseMatch> YearsLongAgo(IReadOnlyList<Token> tokens, int thisYear)
    {
        var lastLongAgo = thisYear - 2;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Folded.Length == 4 && int.TryParse(tokens[i].Folded, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900 && year <= lastLongAgo)
                yield return new PhraseMatch("longAgo", i, i + 1);
        }
    }

    /// <summary>"Twenty years ago", "as a child", "in 2015": so long ago that even an accident no longer counts.</summary>
    public bool IsLongAgo(PhraseMatch finding) => !StillThere(finding) && _longAgo.Exists(trigger => Near(trigger, finding, _nowEnd));

    /// <summary>"...and it hasn't gone", "так и не прошло": the patient says it is still there.</summary>
    private bool StillThere(PhraseMatch finding) =>
        _notResolved.Exists(n => n.Start >= finding.End && !SentenceEnds(finding.End, n.Start));

    /// <summary>The trigger reaches the finding from before or after it, in the same clause.</summary>
    private static bool Near(PhraseMatch trigger, PhraseMatch finding, bool[] ends) =>
        Reaches(trigger, finding, ends)
        || (trigger.Start >= finding.End && trigger.Start - finding.End <= MaxScope && !Ended(finding.End, trigger.Start, ends));

    /// <summary>"What if my legs go numb": a fear reaches to the next comma, full stop or "but" ("not sure if it
    /// matters but I've dropped 13 lbs" is no fear); "numbness in the groin is an emergency" is knowledge, not a
    /// symptom.</summary>
    public bool IsHypothetical(PhraseMatch finding) =>
        _hypothetical.Exists(trigger => trigger.End <= finding.Start && finding.Start - trigger.End <= MaxScope
            && !Ended(AfterComma(trigger.End), finding.Start, _marks) && _parts.Clauses[trigger.Start] == _parts.Clauses[finding.Start])
        || _hypotheticalAfter.Exists(trigger => trigger.Start >= finding.End && trigger.Start - finding.End <= 4 && !Ended(finding.End, trigger.Start, _selfEnd));

    private static bool Reaches(PhraseMatch trigger, PhraseMatch finding, bool[] ends) =>
        trigger.End <= finding.Start && finding.Start - trigger.End <= MaxScope && !Ended(trigger.End, finding.Start, ends);

    /// <summary>Marks, and the words where the scope stops, except those that start where <paramref name="except"/> do
    /// ("my" of "my husband") and the words inside them ("меня" of «у меня»).</summary>
    private static bool[] Ends(IReadOnlyList<Phrase> words, IReadOnlyList<Token> tokens, List<PhraseMatch> except)
    {
        var ends = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            ends[i] = tokens[i].IsMark;
        var found = Lexicon.FindAll(words, tokens);
        var excepted = found.Where(e => except.Exists(t => t.Start == e.Start)).ToList();
        foreach (var end in found.Except(excepted).Where(e => !excepted.Exists(other => e.Start >= other.Start && e.End <= other.End)))
            ends[end.Start] = true;
        return ends;
    }

    /// <summary>"Боюсь, что это рак": a comma right after the trigger opens its clause rather than ending it.</summary>
    private int AfterComma(int end) => end < _tokens.Count && _tokens[end].IsMark && !_tokens[end].SentenceEnd ? end + 1 : end;

    private bool SentenceEnds(int from, int to) => Tokenizer.SentenceEnds(_tokens, from, to);

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
