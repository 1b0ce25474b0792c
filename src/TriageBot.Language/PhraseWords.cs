using System.Collections.Concurrent;

namespace TriageBot.Language;

/// <summary>
/// The words phrases start with, by number: a message's words are looked up here once when it is split
/// (<see cref="Tokenizer"/>), and every phrase list then finds the phrases starting at a word by its number, not by
/// hashing and comparing the word again for each of the dozens of lists a message is searched for.
/// </summary>
internal static class PhraseWords
{
    /// <summary>A word no phrase starts with.</summary>
    public const int None = -1;

    /// <summary>A token made without looking its words up (0, the default): they are looked up when needed.</summary>
    public const int NotLookedUp = 0;

    private static readonly ConcurrentDictionary<string, int> Numbers = new(StringComparer.Ordinal);
    private static int _last;

    /// <summary>The word's number, given it the first time a phrase starts with it.</summary>
    public static int Add(string word) => Numbers.GetOrAdd(word, _ => Interlocked.Increment(ref _last));

    /// <summary>The word's number, or <see cref="None"/> when no phrase starts with it.</summary>
    public static int Find(string word) => Numbers.TryGetValue(word, out var number) ? number : None;
}
