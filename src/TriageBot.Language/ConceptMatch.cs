namespace TriageBot.Language;

/// <summary>
/// Puts findings together from the concepts said in a message: each pattern's concepts between the same commas,
/// with at most <see cref="MaxDistance"/> meaningful words between one and the next ("pressure in the middle of my
/// chest": one); a story's ("~") anywhere in one clause
/// (no full stop or "but" between them).
/// </summary>
internal static class ConceptMatch
{
    public const int MaxDistance = 3;

    /// <summary>Adds to <paramref name="found"/> every place the pattern is said.</summary>
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

        var places = pattern.Concepts.Select(c => said[c]).ToArray();
        var chosen = new PhraseMatch[places.Length];
        var spans = new HashSet<(int, int)>();
        var together = pattern.AnywhereInClause ? parts.Clauses : parts.Parts;
        foreach (var combination in Combinations(places, chosen, 0, together, pattern.AfterPrevious, pattern.AnywhereInClause, parts))
        {
            if (spans.Add((combination.Start, combination.End)))
                found.Add(combination with { Id = pattern.FindingId });
        }
    }

    private static IEnumerable<PhraseMatch> Combinations(List<PhraseMatch>[] places, PhraseMatch[] chosen, int part, int[] clauses, IReadOnlyList<bool> afterPrevious, bool anywhere, TextParts words)
    {
        if (part == places.Length)
        {
            if (Together(chosen, anywhere, words) is { } span)
                yield return span;
            yield break;
        }

        foreach (var place in places[part])
        {
            if (part > 0 && (clauses[place.Start] != clauses[chosen[0].Start] || chosen.Take(part).Any(place.Overlaps)
                || (afterPrevious[part] && place.Start < chosen[part - 1].End)))
                continue;
            chosen[part] = place;
            foreach (var span in Combinations(places, chosen, part + 1, clauses, afterPrevious, anywhere, words))
                yield return span;
        }
    }

    /// <summary>The span of the parts when each is close to the next; the words between them are its gaps.</summary>
    private static PhraseMatch? Together(PhraseMatch[] parts, bool anywhere, TextParts words)
    {
        var ordered = parts.OrderBy(p => p.Start).ToArray();
        for (var i = 1; i < ordered.Length && !anywhere; i++)
        {
            if (words.WordsBetween(ordered[i - 1].End, ordered[i].Start) > MaxDistance)
                return null;
        }

        var start = ordered[0].Start;
        var end = ordered.Max(p => p.End);
        var own = new HashSet<int>();
        foreach (var part in ordered)
        {
            for (var t = part.Start; t < part.End; t++)
            {
                if (part.Skipped is not { } gap || !gap.Contains(t))
                    own.Add(t);
            }
        }

        var skipped = Enumerable.Range(start, end - start).Where(t => !own.Contains(t)).ToArray();
        return new PhraseMatch("", start, end, skipped.Length == 0 ? null : skipped);
    }
}
