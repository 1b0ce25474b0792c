namespace TriageBot.Language.Tests;

/// <summary>Issue 12: being unable to do what a red flag names is the symptom, never a denial of it.</summary>
public sealed class InabilityTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("en", "I cannot control my bladder", "bladder_bowel")]
    [InlineData("en", "I can not control my bladder", "bladder_bowel")]
    [InlineData("en", "I can't control my bowels", "bladder_bowel")]
    [InlineData("en", "I'm unable to hold my urine", "bladder_bowel")]
    [InlineData("en", "I haven't been able to pee since last night", "bladder_bowel")]
    [InlineData("en", "I cannot feel my groin", "saddle_numbness")]
    [InlineData("en", "I can't catch my breath", "breathing_difficulty")]
    [InlineData("en", "I cannot walk, my legs won't hold me", "both_legs")]
    [InlineData("ru", "не могу контролировать мочеиспускание", "bladder_bowel")]
    [InlineData("ru", "не получается помочиться", "bladder_bowel")]
    [InlineData("ru", "не в состоянии удержать мочу", "bladder_bowel")]
    [InlineData("ru", "никак не могу пописать с утра", "bladder_bowel")]
    [InlineData("ru", "не чувствую паха", "saddle_numbness")]
    [InlineData("ru", "не могу вдохнуть", "breathing_difficulty")]
    [InlineData("ru", "не могу ходить, ноги не держат", "both_legs")]
    public void Every_form_of_inability_is_heard_as_the_symptom(string language, string text, string finding)
    {
        var understood = Understanding.Understand(text, language);
        Assert.Contains(understood.Affirmed, m => m.FindingId == finding);
        Assert.DoesNotContain(understood.Mentions, m => m.FindingId == finding && m.Negated);
    }

    [Theory]
    [InlineData("en", "I don't have any trouble peeing", "bladder_bowel")]
    [InlineData("en", "no problems controlling my bladder", "bladder_bowel")]
    [InlineData("ru", "с мочеиспусканием проблем нет", "bladder_bowel")]
    [InlineData("ru", "дышать не трудно", "breathing_difficulty")]
    public void A_denied_inability_is_still_a_denial(string language, string text, string finding)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }
}
