namespace TriageBot.Language;

/// <summary>
/// The phrases that can start at a word: those whose first word it is (or, for a word the language does not know,
/// a possible typo, those whose first word is as long give or take a letter), those whose first word is a word start
/// it begins with or its exact form, and those starting with a gap, and at a number those starting with one. Only these are tried there, so a message's cost does not grow with the lexicon.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Dictionary<int, List<Phrase>> _byFirstWord;

    /// <summary>Phrases by the length of their first word, those sharing a first word together: a misspelling is
    /// compared once with each first word, however many phrases (an idiom naming a concept is many) start with it.</summary>
    private readonly Dictionary<int, List<List<Phrase>>> _byFirstWordLength;
    private readonly List<Phrase> _open;
    private readonly List<Phrase> _numbers;
    private readonly Dictionary<char, List<Phrase>> _startsByFirstLetter;
    private readonly List<List<Phrase>> _starts;
    private readonly Dictionary<int, List<Phrase>> _exactForms;

    // One bit per first word's number, start's first letter or exact form's number (modulo 64).
    private readonly ulong _firstWordBits;
    private readonly ulong _startLetterBits;
    private readonly ulong _exactBits;

    public PhraseIndex(IReadOnlyList<Phrase> phrases)
    {
        _byFirstWord = phrases.Where(p => p.FirstWord is not null).GroupBy(p => p.FirstNumber).ToDictionary(g => g.Key, g => g.ToList());
        _open = [.. phrases.Where(p => p.FirstWord is null)];
        _startsByFirstLetter = _open.Where(p => p.FirstStart is { Length: > 0 }).GroupBy(p => p.FirstStart![0]).ToDictionary(g => g.Key, g => g.ToList());
        _exactForms = _open.Where(p => p.FirstExact is not null).GroupBy(p => p.FirstNumber).ToDictionary(g => g.Key, g => g.ToList());
        _numbers = [.. _open.Where(p => p.StartsWithNumber)];
        _open = [.. _open.Where(p => p.FirstStart is null && p.FirstExact is null && !p.StartsWithNumber)];
        _starts = [.. _startsByFirstLetter.Values.SelectMany(l => l).GroupBy(p => p.FirstStart).Select(g => g.ToList())];
        _firstWordBits = _byFirstWord.Keys.Aggregate(0UL, (bits, number) => bits | Bit(number));
        _startLetterBits = _startsByFirstLetter.Keys.Aggregate(0UL, (bits, letter) => bits | Bit(letter));
        _exactBits = _exactForms.Keys.Aggregate(0UL, (bits, number) => bits | Bit(number));
        _byFirstWordLength = [];
        foreach (var sameWord in phrases.Where(p => p.FirstWord is not null).GroupBy(p => (p.FirstWord, p.FirstWritten)).Select(g => g.ToList()))
        {
            // A slip is one letter: a typo of a word of length n is n-1, n or n+1 long, as written or as stemmed.
            foreach (var length in new[] { sameWord[0].FirstWord!.Length, sameWord[0].FirstWritten!.Length }.Distinct())
            {
                if (!_byFirstWordLength.TryGetValue(length, out var list))
                    _byFirstWordLength[length] = list = [];
                list.Add(sameWord);
            }
        }
    }

    /// <summary>Fills <paramref name="candidates"/> with the lists of phrases that can start at the token (the lists
    /// themselves, not copies: a message is searched for dozens of phrase lists).</summary>
    public void At(in Token token, List<List<Phrase>> candidates)
    {
        candidates.Clear();
        var written = token.Lower ?? token.Folded;
        if (token.Known)
        {
            // A real word is matched only as it is: by its form, as the start of a pattern's word, or exactly. Most
            // words start no phrase of a list: a bit of the word's number passes them over before any lookup.
            var number = token.FoldedNumber;
            if (number > 0 && (_firstWordBits & Bit(number)) != 0)
                AddAll(candidates, _byFirstWord.GetValueOrDefault(number));
            if (written.Length > 0 && (_startLetterBits & Bit(written[0])) != 0)
                AddAll(candidates, _startsByFirstLetter.GetValueOrDefault(written[0]));
            if (_exactForms.Count > 0 && token.WrittenNumber is > 0 and var exact && (_exactBits & Bit(exact)) != 0)
                AddAll(candidates, _exactForms.GetValueOrDefault(exact));
        }
        else
        {
            // A misspelling may be of any phrase's first word: only those it could be one slip from are tried.
            var (front, back) = (Phrase.Front(token.Folded) | Phrase.Front(written), Phrase.Back(token.Folded) | Phrase.Back(written));
            var (shorter, longer) = (Math.Min(token.Folded.Length, written.Length), Math.Max(token.Folded.Length, written.Length));
            for (var length = shorter - 1; length <= longer + 1; length++)
            {
                if (Math.Abs(length - shorter) <= 1 || Math.Abs(length - longer) <= 1)
                    AddSharing(candidates, _byFirstWordLength.GetValueOrDefault(length), front, back, written.Length);
            }

            AddSharing(candidates, _starts, front, back, written.Length);
            AddSharing(candidates, _exactForms.Values, front, back, written.Length);
        }

        if (written.Length > 0 && char.IsAsciiDigit(written[0]))
            AddAll(candidates, _numbers);
        AddAll(candidates, _open);
    }

    private static ulong Bit(int number) => 1UL << (number & 63);

    /// <summary>Adds each group of phrases sharing a first word that the misspelling could be one slip from.</summary>
    private static void AddSharing(List<List<Phrase>> candidates, IEnumerable<List<Phrase>>? sameFirstWord, ulong front, ulong back, int length)
    {
        if (sameFirstWord is null)
            return;
        foreach (var phrases in sameFirstWord)
        {
            if (phrases[0].MayBeMisspeltAt(front, back, length))
                candidates.Add(phrases);
        }
    }

    private static void AddAll(List<List<Phrase>> candidates, List<Phrase>? phrases)
    {
        if (phrases is { Count: > 0 })
            candidates.Add(phrases);
    }
}
