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
    [InlineData("en", "My back is numb all over today. My groin aches a little", "saddle_numbness")]
    [InlineData("en", "my chest is fine, the pain is all in my back", "chest_pressure")]
    [InlineData("ru", "в груди всё хорошо. Поясница болит", "chest_pressure")]
    public void Concepts_in_different_clauses_make_no_finding(string language, string text, string finding)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "Numb. Mostly between my legs, and my lower back", "saddle_numbness")]
    [InlineData("en", "Tingling. Both legs.", "both_legs")]
    [InlineData("ru", "Немеет. Больше всего в промежности", "saddle_numbness")]
    public void A_sentence_of_a_sensation_alone_goes_on_in_the_next_that_says_where(string language, string text, string finding)
    {
        Assert.Contains(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "Numb. Not in my groin though.", "saddle_numbness")]
    public void A_sensation_that_runs_on_is_denied_where_the_patient_denies_it(string language, string text, string finding)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }
}
