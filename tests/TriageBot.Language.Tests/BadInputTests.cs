using FsCheck;
using FsCheck.Fluent;

namespace TriageBot.Language.Tests;

/// <summary>Any Unicode is read without throwing and in bounded time.</summary>
public sealed class BadInputTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀🙏🏽👨‍👩‍👧")]
    [InlineData("مرحبا، ظهري يؤلمني")]
    [InlineData("\u0000\u0001\u001b[31m\u202e")]
    [InlineData("37.6.5.4,3,,2")]
    [InlineData("'''''---...,,,")]
    [InlineData("\ud800")]
    public void Odd_text_never_throws(string text)
    {
        foreach (var language in new[] { "en", "ru", "de" })
            Assert.NotNull(Understanding.Understand(text, language));
    }

    [Theory]
    [InlineData("ＣＨＥＳＴ pressure", "chest_pressure")]
    [InlineData("потеряла контроль над мочевым пузыре\u0308м", "bladder_bowel")]
    public void Fullwidth_and_decomposed_letters_read_as_the_letters_they_are(string text, string finding)
    {
        Assert.Contains(Understanding.Understand(text, text.Any(char.IsAsciiLetter) ? "en" : "ru").Affirmed, m => m.FindingId == finding);
    }

    /// <summary>Every word of a finding said hundreds of times in one clause: heard, and said once.</summary>
    [Theory]
    [InlineData("both leg numb ", "both_legs")]
    [InlineData("fall car ", "major_trauma")]
    [InlineData("обе ноги онемели ", "both_legs")]
    public void A_message_that_repeats_a_finding_over_and_over_is_heard_once(string words, string finding)
    {
        var text = string.Concat(Enumerable.Repeat(words, 300))[..LexiconUnderstanding.MaxLength];
        var understood = Understanding.Understand(text, words.Any(char.IsAsciiLetter) ? "en" : "ru");
        Assert.Single(understood.Affirmed, m => m.FindingId == finding);
    }

    /// <summary>FsCheck's strings (any UTF-16, surrogate halves and controls included), 5,000 of them, in both languages.</summary>
    [Fact]
    public void Any_string_is_read_without_throwing()
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(5_000);
        Prop.ForAll<string>(text =>
        {
            var understood = Understanding.Understand(text ?? "", text?.Length % 2 == 0 ? "en" : "ru");
            return understood.Mentions.All(m => m.Evidence.Length > 0);
        }).Check(config);
    }

    /// <summary>Mixtures of lexicon words, negations, numbers, emoji and noise: the shapes real messages have.</summary>
    [Fact]
    public void Messages_made_of_real_words_and_noise_are_read_without_throwing()
    {
        string[] pieces = ["no", "не", "fever", "температура", "37,9", "101 F", "😀", "\u202e", "chest", "pain", ",", ".", "numm", "немеет", "_", "*", "'", "—", "\0", "3 weeks", "два", "ago"];
        var messages = Gen.ArrayOf(Gen.Elements(pieces)).Select(words => string.Join(" ", words));
        Prop.ForAll(messages.ToArbitrary(), text => Understanding.Understand(text, "en") is not null && Understanding.Understand(text, "ru") is not null)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3_000));
    }

    [Fact]
    public void Only_the_beginning_of_a_huge_message_is_read()
    {
        var huge = "no fever. " + string.Concat(Enumerable.Repeat("blah ", 20_000)) + " I threw up";
        var understood = Understanding.Understand(huge, "en");
        Assert.DoesNotContain(understood.Mentions, m => m.FindingId == "vomiting");
    }
}
