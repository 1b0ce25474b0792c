namespace TriageBot.Language.Tests;

/// <summary>Issue 12: English words in all their forms (Snowball stems and irregular forms) name one concept.</summary>
public sealed class EnglishWordFormsTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("it burned when I peed", "urinary_signs")]
    [InlineData("it burns when I pee", "urinary_signs")]
    [InlineData("burning when I'm peeing", "urinary_signs")]
    [InlineData("I threw up twice", "vomiting")]
    [InlineData("I've been throwing up", "vomiting")]
    [InlineData("I have thrown up", "vomiting")]
    [InlineData("I fell off a ladder", "major_trauma")]
    [InlineData("I've fallen from the roof", "major_trauma")]
    [InlineData("my legs are numbed", "both_legs")]
    [InlineData("tingles in my neck", "numbness")]
    [InlineData("my chest is tightening", "chest_pressure")]
    public void Every_form_of_a_word_names_its_finding(string text, string finding)
    {
        Assert.Contains(Understanding.Understand(text, "en").Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("my legs ache", "both_legs")]
    [InlineData("my leg is weak", "both_legs")]
    [InlineData("a road trip", "minor_injury")]
    public void A_form_that_means_something_else_is_not_taken_for_it(string text, string finding)
    {
        Assert.DoesNotContain(Understanding.Understand(text, "en").Affirmed, m => m.FindingId == finding);
    }
}
