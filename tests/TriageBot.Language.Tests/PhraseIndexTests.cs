namespace TriageBot.Language.Tests;

/// <summary>The index passes a misspelt word only the phrases it could be a slip of: never one it would match.</summary>
public sealed class PhraseIndexTests
{
    [Theory]
    [InlineData("en", "numbness")]
    [InlineData("en", "breathless")]
    [InlineData("en", "tingl*")]
    [InlineData("en", "=legs")]
    [InlineData("en", "pressure _ chest")]
    [InlineData("ru", "поясница")]
    [InlineData("ru", "онемел*")]
    [InlineData("ru", "=ноги")]
    [InlineData("ru", "задыхаюсь")]
    public void Every_slip_of_a_phrase_word_that_matches_it_is_tried_there(string language, string text)
    {
        var forms = new WordForms(language);
        var phrase = new Phrase("finding", text, forms);
        var index = new PhraseIndex([phrase, new Phrase("other", language == "en" ? "fever" : "жар", forms)]);
        var word = text.Split(' ')[0].Trim('*', '=');
        var candidates = new List<List<Phrase>>();
        var tried = 0;
        foreach (var slip in Slips(word, language == "en" ? "aeoz" : "аеоы"))
        {
            Token[] tokens = [new(forms.Fold(slip), 0, slip.Length, Known: false, Lower: slip), new(forms.Fold("chest"), 0, 5, Lower: "chest")];
            if (phrase.MatchAt(tokens, 0, []) < 0)
                continue;
            tried++;
            index.At(tokens[0], candidates);
            Assert.True(candidates.Exists(phrases => phrases.Contains(phrase)), $"'{slip}' is a slip of '{text}' the index passes over");
        }

        Assert.True(tried > word.Length, $"only {tried} slips of '{word}' match it");
    }

    /// <summary>Every word one edit from the word: a letter dropped, doubled, swapped with the next, or changed to or
    /// put before one of <paramref name="letters"/>, at every place, the first two and last two included.</summary>
    private static IEnumerable<string> Slips(string word, string letters)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
            yield return word.Insert(i, word[i].ToString());
            if (i + 1 < word.Length)
                yield return string.Concat(word[..i], word[i + 1].ToString(), word[i].ToString(), word[(i + 2)..]);
            foreach (var letter in letters)
            {
                yield return string.Concat(word[..i], letter.ToString(), word[(i + 1)..]);
                yield return word.Insert(i, letter.ToString());
            }
        }

        foreach (var letter in letters)
            yield return word + letter;
    }
}
