namespace TriageBot.Language.Tests;

/// <summary>Issue 12: a finding's concepts meet inside one clause; what one clause denies, another may affirm.</summary>
public sealed class ClauseTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("en", "no chest pain but it feels heavy on my chest", "chest_pressure")]
    [InlineData("en", "pressure in the middle of my chest", "chest_pressure")]
    [InlineData("en", "numb around my bottom and genitals", "saddle_numbness")]
    [InlineData("ru", "в груди не болит, но давит на грудь", "chest_pressure")]
    public void Concepts_that_meet_in_a_clause_make_the_finding(string language, string text, string finding)
    {
        Assert.Contains(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "my chest is fine but my legs are heavy", "chest_pressure")]
    [InlineData("en", "my lower back is numb. My groin aches a little", "saddle_numbness")]
    [InlineData("en", "my chest is fine, the pain is all in my back", "chest_pressure")]
    [InlineData("ru", "в груди всё хорошо. Поясница болит", "chest_pressure")]
    public void Concepts_in_different_clauses_make_no_finding(string language, string text, string finding)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }
}
