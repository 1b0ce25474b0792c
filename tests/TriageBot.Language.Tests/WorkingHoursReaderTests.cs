namespace TriageBot.Language.Tests;

/// <summary>PROTOCOL.md section 4, "sits for long hours": a working day told by the clock is a long time.</summary>
public sealed class WorkingHoursReaderTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("en", "I'm at the laptop from nine till seven")]
    [InlineData("en", "at my desk 9am-6pm with one break")]
    [InlineData("en", "I sit in the office from 8:30 until 5:30")]
    [InlineData("en", "night shifts sitting in the security booth, 10pm to 6am")]
    [InlineData("ru", "сижу за компом с девяти до семи")]
    [InlineData("ru", "в офисе с 9:00 до 18:00, сижу почти не вставая")]
    public void A_working_day_told_by_the_clock_is_long_sitting(string language, string text)
    {
        Assert.Contains(Understanding.Understand(text, language).Affirmed, m => m.FindingId == "long_sitting");
    }

    [Theory]
    [InlineData("en", "sitting from 10 to 2, then on my feet the rest of the day")]
    [InlineData("ru", "сижу с 10 до 12, потом хожу пешком")]
    public void A_few_hours_of_sitting_are_not_long(string language, string text)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == "long_sitting");
    }
}
