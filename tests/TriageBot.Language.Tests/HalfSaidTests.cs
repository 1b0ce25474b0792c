namespace TriageBot.Language.Tests;

/// <summary>PROTOCOL.md, "Asking when unsure": half a red flag is reported to be asked about, never as the finding.</summary>
public sealed class HalfSaidTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("en", "my chest feels kind of funny", "chest_pressure")]
    [InlineData("en", "something's off down there", "saddle_numbness")]
    [InlineData("en", "my legs are weird", "both_legs")]
    [InlineData("en", "this morning it was only to the knee, now it goes to the ankle", "worsening_fast")]
    [InlineData("en", "yesterday it was just a patch, today it has crept up my back", "worsening_fast")]
    [InlineData("en", "my bladder has been odd", "bladder_bowel")]
    [InlineData("en", "I feel a bit feverish", "high_fever")]
    [InlineData("en", "I nearly went down on the stairs when my back gave out", "severe_dizziness")]
    [InlineData("ru", "в груди как-то нехорошо", "chest_pressure")]
    [InlineData("ru", "с туалетом что-то странное", "bladder_bowel")]
    [InlineData("ru", "ноги какие-то странные", "both_legs")]
    public void Half_a_red_flag_is_worth_a_question_but_is_no_finding(string language, string text, string finding)
    {
        var understood = Understanding.Understand(text, language);
        Assert.Contains(understood.HalfSaid, m => m.FindingId == finding);
        Assert.DoesNotContain(understood.Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "there's a heavy pressure in my chest", "chest_pressure")]
    [InlineData("en", "no chest pain at all", "chest_pressure")]
    [InlineData("en", "my temperature is 37.8", "high_fever")]
    [InlineData("ru", "температура 37,5", "high_fever")]
    public void A_finding_said_outright_or_denied_or_measured_asks_nothing(string language, string text, string finding)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).HalfSaid, m => m.FindingId == finding);
    }
}
