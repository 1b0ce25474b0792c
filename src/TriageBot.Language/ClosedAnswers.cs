namespace TriageBot.Language;

/// <summary>
/// Reads the answer to a closed question by the words it opens with, the longest that fit: "not sure" is not a no,
/// "absolutely not" not a yes, "yes, but no pain" a yes, «да нет» a no. A short answer that opens with neither and
/// says no finding is the one kind it says ("it does, yes"), or unsure when it says both.
/// </summary>
internal static class ClosedAnswers
{
    /// <param name="saysFindings">Whether the message says findings: then only its opening words answer ("pain shooting
    /// down my right leg" is no yes).</param>
    public static ClosedAnswer? Read(Lexicon lexicon, List<Token> tokens, int shortAnswer, bool saysFindings)
    {
        // Listed from the most cautious: where a no and a not-sure phrase are the same words («не знаю»), unsure wins.
        var said = Lexicon.FindAll(lexicon.NotSure, tokens).Select(m => (Match: m, Answer: ClosedAnswer.Unsure))
            .Concat(Lexicon.FindAll(lexicon.None, tokens).Select(m => (Match: m, Answer: ClosedAnswer.No)))
            .Concat(Lexicon.FindAll(lexicon.Yes, tokens).Select(m => (Match: m, Answer: ClosedAnswer.Yes)))
            .ToList();
        if (Lexicon.FindWhole(lexicon.YesAlone, tokens).Any())
            return ClosedAnswer.Yes;
        if (Lexicon.FindWhole(lexicon.NoneAlone, tokens).Any())
            return ClosedAnswer.No;

        var first = tokens.FindIndex(t => !t.IsMark);

        var opening = said.Where(s => s.Match.Start == first).OrderByDescending(s => s.Match.Length).FirstOrDefault();
        if (opening.Match.Length > 0)
            return opening.Answer;

        var kinds = said.Select(s => s.Answer).Distinct().ToList();
        return saysFindings || tokens.Count(t => !t.IsMark) > shortAnswer || kinds.Count == 0 ? null
            : kinds.Count == 1 ? kinds[0]
            : ClosedAnswer.Unsure;
    }
}
