namespace TriageBot.Language.Tests;

/// <summary>PROTOCOL.md, `persistent` ("lasting more than three weeks"): told by the month it began.</summary>
public sealed class SinceMonthReaderTests
{
    /// <summary>Early December: August and September are months ago, late November is days ago.</summary>
    private static readonly LexiconUnderstanding Understanding = new(new Today(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("en", "since I started the new job in August my mid back aches basically every day")]
    [InlineData("en", "my neck has been stiff ever since September")]
    [InlineData("ru", "с сентября ноет спина между лопатками")]
    [InlineData("ru", "поясница болит ещё с октября")]
    public void A_complaint_since_a_month_long_past_is_persistent(string language, string text)
    {
        Assert.Contains(Understanding.Understand(text, language).Affirmed, m => m.FindingId == "persistent");
    }

    [Theory]
    [InlineData("en", "my back hurts since the end of November")]
    [InlineData("en", "I had a fever in August. My back hurts since Monday")]
    [InlineData("ru", "с декабря болит поясница")]
    [InlineData("ru", "в августе была температура, спина болит с понедельника")]
    [InlineData("ru", "Спина болит. Раньше ела на ночь, но с января ужинаю не позже семи")]
    public void A_month_that_is_recent_or_not_when_it_began_is_not(string language, string text)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == "persistent");
    }

    private sealed class Today(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
