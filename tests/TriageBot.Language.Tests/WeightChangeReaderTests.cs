namespace TriageBot.Language.Tests;

/// <summary>PROTOCOL.md section 2, unexplained weight loss told as two weights, the later one lower.</summary>
public sealed class WeightChangeReaderTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("en", "I weighed 80 kg in the spring, now 72")]
    [InlineData("en", "went from 90 kg to 82 in two months without trying")]
    [InlineData("en", "my weight was 180 lbs at Christmas, now only 165")]
    [InlineData("ru", "весил 70, сейчас 62, аппетит нормальный")]
    [InlineData("ru", "за зиму с 70 кг до 62, сам не знаю почему")]
    public void A_lower_weight_after_a_higher_one_is_weight_lost(string language, string text)
    {
        Assert.Contains(Understanding.Understand(text, language).Affirmed, m => m.FindingId == "weight_loss");
    }

    [Theory]
    [InlineData("en", "I was 70 kg last year, now I'm 75")]
    [InlineData("en", "my pulse was 90, now 72")]
    [InlineData("ru", "давление было 150, сейчас 130")]
    [InlineData("en", "I weighed 80 kg, now 72, I'm on a diet")]
    public void A_weight_gained_another_number_that_fell_or_a_diet_is_no_weight_loss(string language, string text)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == "weight_loss");
    }
}
