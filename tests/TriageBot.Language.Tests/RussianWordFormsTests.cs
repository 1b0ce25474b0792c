namespace TriageBot.Language.Tests;

/// <summary>Russian changes its words by case and person; every form names the same finding.</summary>
public sealed class RussianWordFormsTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("поясница", "lumbar")]
    [InlineData("в пояснице", "lumbar")]
    [InlineData("поясницу тянет", "lumbar")]
    [InlineData("шея", "cervical")]
    [InlineData("в шее", "cervical")]
    [InlineData("шею продуло", "cervical")]
    [InlineData("немеет", "numbness")]
    [InlineData("онемела", "numbness")]
    [InlineData("онемение", "numbness")]
    [InlineData("онемением", "numbness")]
    [InlineData("тошнит", "digestive_signs")]
    [InlineData("тошнота", "digestive_signs")]
    [InlineData("с тошнотой", "digestive_signs")]
    [InlineData("подташнивает", "digestive_signs")]
    [InlineData("рвота", "vomiting")]
    [InlineData("с рвотой", "vomiting")]
    [InlineData("вырвало", "vomiting")]
    [InlineData("температура", "fever")]
    [InlineData("с температурой", "fever")]
    [InlineData("я беременна", "pregnancy")]
    [InlineData("при беременности", "pregnancy")]
    [InlineData("жёсткий матрас", "mattress_unsuitable")]
    [InlineData("на жёстком матрасе", "mattress_unsuitable")]
    public void Every_form_of_a_word_names_its_finding(string text, string finding)
    {
        Assert.Contains(Understanding.Understand(text, "ru").Mentions, m => m.FindingId == finding);
    }
}
