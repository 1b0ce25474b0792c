namespace TriageBot.Language;

/// <summary>
/// One way of saying a finding: concepts that must all be said within one clause, close together
/// ("@chest + @pressing": chest with pressure, tightness, heaviness or pain, in any order and any of their words).
/// An idiom is a pattern of one phrase.
/// </summary>
/// <param name="FindingId">The protocol finding this says.</param>
/// <param name="Concepts">The concepts' names; an idiom's phrase is a concept of its own.</param>
/// <param name="HalfSaid">Half a red flag ("my chest feels funny"): a reason to ask, never a finding.</param>
/// <param name="AfterPrevious">For each concept, whether it must come after the one before it ("@unable > @pee":
/// "can't pee", not "peeing doesn't hurt").</param>
/// <param name="AnywhereInClause">The concepts may be far apart within their clause ("@numb ~ @progress": a story of
/// numbness that was in the foot this morning and now is up past the knee).</param>
internal sealed record FindingPattern(string FindingId, IReadOnlyList<string> Concepts, bool HalfSaid, IReadOnlyList<bool> AfterPrevious, bool AnywhereInClause);
