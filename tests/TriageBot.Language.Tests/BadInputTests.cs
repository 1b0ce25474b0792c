using System.Text;

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

    [Fact]
    public void Thousands_of_random_strings_never_throw()
    {
        var random = new Random(20261124);
        for (var i = 0; i < 3_000; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 300);
            for (var j = 0; j < length; j++)
                text.Append((char)random.Next(0, 0x3000));
            Understanding.Understand(text.ToString(), i % 2 == 0 ? "en" : "ru");
        }
    }

    [Fact]
    public void Only_the_beginning_of_a_huge_message_is_read()
    {
        var huge = "no fever. " + string.Concat(Enumerable.Repeat("blah ", 20_000)) + " I threw up";
        var understood = Understanding.Understand(huge, "en");
        Assert.DoesNotContain(understood.Mentions, m => m.FindingId == "vomiting");
    }
}
