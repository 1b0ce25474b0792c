namespace TriageBot.Language;

/// <summary>Optimal string alignment distance, only as far as "one edit or not".</summary>
internal static class EditDistance
{
    /// <summary>One substitution, insertion, deletion or swap of neighbours at most.</summary>
    public static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
            return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
            i++;
        if (i == a.Length || i == b.Length)
            return true; // the rest is at most one extra letter
        return a.Length == b.Length
            ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)))
            : a.Length > b.Length
                ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i))
                : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
