namespace TriageBot.Language.Tests;

/// <summary>PROTOCOL.md section 4, "little movement": told as a day's step count.</summary>
public sealed class DailyStepsReaderTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("en", "I work from home at the desk all day. Maybe 1,500 steps a day.")]
    [InlineData("en", "my watch says 2000 steps on a good day")]
    [InlineData("ru", "бухгалтер на удалёнке, шагов за день 500, не больше")]
    public void A_few_thousand_steps_a_day_are_little_movement(string language, string text)
    {
        Assert.Contains(Understanding.Understand(text, language).Affirmed, m => m.FindingId == "little_movement");
    }

    [Theory]
    [InlineData("en", "I do 12,000 steps a day")]
    [InlineData("en", "3 steps up to my door and I'm out of breath")]
    [InlineData("ru", "прохожу 10000 шагов в день")]
    public void Many_steps_or_a_flight_of_stairs_are_not(string language, string text)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == "little_movement");
    }
}
