namespace TriageBot.Language;

/// <summary>
/// Puts findings together from the concepts said in a message: each pattern's concepts between the same commas, with
/// at most <see cref="MaxDistance"/> meaningful words between one and the next ("pressure in the middle of my chest":
/// one); a story's ("~") anywhere in one clause (no full stop or "but" between them). A pattern is said at most once
/// in each part or clause, where its concepts are closest, and only the first <see cref="MaxPlacesPerUnit"/> places
/// of each concept there are tried: no message, however it repeats its words, makes the work grow beyond that.
/// </summary>
internal static class ConceptMatch
{
    public const int MaxDistance = 3;

    /// <summary>More places where one concept starts in one part than any real sentence has.</summary>
    public const int MaxPlacesPerUnit = 6;

    /// <summary>Adds to <paramref name="found"/> each part (or clause, for a story) where the pattern is said.</summary>
    /// <param name="said">Every place each concept was said, by concept name.</param>
    /// <param name="parts">The clause and the part between commas each token belongs to.</param>
    public static void Find(FindingPattern pattern, IReadOnlyDictionary<string, List<PhraseMatch>> said, TextParts parts, List<PhraseMatch> found)
    {
        for (var i = 0; i < pattern.Concepts.Count; i++)
        {
            if (!said.ContainsKey(pattern.Concepts[i]))
                return;
        }

        if (pattern.Concepts.Count == 1)
        {
            foreach (var place in said[pattern.Concepts[0]])
                found.Add(place with { Id = pattern.FindingId });
            return;
        }

        var units = pattern.AnywhereInClause ? parts.Clauses : parts.Parts;
        var byUnit = pattern.Concepts.Select(c => PlacesByUnit(said[c], units)).ToArray();
        foreach (var (unit, first) in byUnit[0])
        {
            var places = new List<PhraseMatch>[byUnit.Length];
            places[0] = first;
            var everyConcept = true;
            for (var i = 1; i < byUnit.Length && everyConcept; i++)
                everyConcept = byUnit[i].TryGetValue(unit, out places[i]!);
            if (everyConcept && Closest(places, pattern, parts) is { } span)
                found.Add(span with { Id = pattern.FindingId });
        }
    }

    /// <summary>The places of one concept in each unit: every wording ("shooting", "shooting from") at the first
    /// <see cref="MaxPlacesPerUnit"/> places it starts.</summary>
    private static Dictionary<int, List<PhraseMatch>> PlacesByUnit(List<PhraseMatch> places, int[] units)
    {
        var byUnit = new Dictionary<int, List<PhraseMatch>>();
        foreach (var place in places.OrderBy(p => p.Start))
        {
            if (!byUnit.TryGetValue(units[place.Start], out var inUnit))
                byUnit[units[place.Start]] = inUnit = [];
            if (inUnit.Count == 0 || inUnit[^1].Start == place.Start || inUnit.Select(p => p.Start).Distinct().Count() < MaxPlacesPerUnit)
                inUnit.Add(place);
        }

        return byUnit;
    }

    /// <summary>The closest span that takes one place of each concept, in order where the pattern says so.</summary>
    private static PhraseMatch? Closest(List<PhraseMatch>[] places, FindingPattern pattern, TextParts parts)
    {
        PhraseMatch? best = null;
        var chosen = new PhraseMatch[places.Length];

        void Choose(int concept)
        {
            if (concept == places.Length)
            {
                if (Together(chosen, places, pattern.AnywhereInClause, parts) is { } span && (best is null || Closer(span, best.Value)))
                    best = span;
                return;
            }

            foreach (var place in places[concept])
            {
                if (chosen.Take(concept).Any(place.Overlaps) || (pattern.AfterPrevious[concept] && place.Start < chosen[concept - 1].End))
                    continue;
                chosen[concept] = place;
                Choose(concept + 1);
            }
        }

        Choose(0);
        return best;
    }

    /// <summary>Fewer words between the concepts; then the longer wording of them ("никак не получается", not
    /// "не получается" with "никак" left over to read as a denial).</summary>
    private static bool Closer(PhraseMatch span, PhraseMatch than) =>
        Gaps(span) < Gaps(than) || (Gaps(span) == Gaps(than) && span.Length > than.Length);

    private static int Gaps(PhraseMatch span) => span.Skipped?.Length ?? 0;

    /// <summary>The span of the places when each is close to the next; the words between them are its gaps. A concept
    /// said in overlapping wordings ("никак не" and "не получается") is one saying of it, and all its words are the
    /// finding's own: none of them is left over to read as a denial.</summary>
    private static PhraseMatch? Together(PhraseMatch[] chosen, List<PhraseMatch>[] places, bool anywhere, TextParts parts)
    {
        var ordered = chosen.OrderBy(p => p.Start).ToArray();
        var wordings = chosen.SelectMany((place, concept) => places[concept].Where(other => other.Overlaps(place) && other.Skipped is null));
        for (var i = 1; i < ordered.Length && !anywhere; i++)
        {
            if (parts.WordsBetween(ordered[i - 1].End, ordered[i].Start) > MaxDistance)
                return null;
        }

        var saying = ordered.Concat(wordings).ToArray();
        var start = saying.Min(p => p.Start);
        var end = saying.Max(p => p.End);
        var own = new HashSet<int>();
        foreach (var place in saying)
        {
            for (var t = place.Start; t < place.End; t++)
            {
                if (place.Skipped is not { } gap || !gap.Contains(t))
                    own.Add(t);
            }
        }

        var skipped = Enumerable.Range(start, end - start).Where(t => !own.Contains(t)).ToArray();
        return new PhraseMatch("", start, end, skipped.Length == 0 ? null : skipped);
    }
}
