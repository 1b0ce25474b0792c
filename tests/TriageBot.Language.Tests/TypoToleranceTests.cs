namespace TriageBot.Language.Tests;

/// <summary>Misspelt words one edit from a lexicon word are understood; real words are never bent into findings.</summary>
public sealed class TypoToleranceTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("my lowr bak is numm", "numbness lumbar")]
    [InlineData("I have been vomitting", "vomiting")]
    [InlineData("pressure in my chset", "chest_pressure")]
    [InlineData("tingeling in my nekc", "numbness cervical")]
    [InlineData("I'm pregant", "pregnancy")]
    [InlineData("my matress is too soft", "mattress_unsuitable")]
    [InlineData("hlep", "")]
    [InlineData("pins and needless in my neck", "numbness cervical")]
    public void A_misspelt_word_is_understood(string text, string expected)
    {
        var heard = Understanding.Understand(text, "en").Affirmed.Select(m => m.FindingId).ToHashSet();
        Assert.All(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), id => Assert.Contains(id, heard));
    }

    [Theory]
    [InlineData("болит пояснца", "pain lumbar")]
    [InlineData("тошнта с утра", "digestive_signs")]
    [InlineData("задыхаюс", "breathing_difficulty")]
    [InlineData("беременнна", "pregnancy")]
    [InlineData("спина балит внизу", "pain")]
    [InlineData("немеит шея", "numbness cervical")]
    public void A_misspelt_russian_word_is_understood(string text, string expected)
    {
        var heard = Understanding.Understand(text, "ru").Affirmed.Select(m => m.FindingId).ToHashSet();
        Assert.All(expected.Split(' '), id => Assert.Contains(id, heard));
    }

    [Theory]
    [InlineData("болит голова", "pain")]
    [InlineData("давно не был у врача", "vomiting")]
    [InlineData("сижу дома с детьми", "saddle_numbness")]
    public void A_real_russian_word_is_never_taken_for_a_finding(string text, string notHeard)
    {
        Assert.DoesNotContain(Understanding.Understand(text, "ru").Affirmed, m => m.FindingId == notHeard);
    }

    [Fact]
    public void A_misspelt_command_is_understood()
    {
        Assert.Equal(PatientCommand.Help, Understanding.Understand("hlep", "en").Command);
    }

    [Theory]
    [InlineData("I never get headaches", "fever")]
    [InlineData("a single day", "numbness")]
    [InlineData("the rain today", "pain")]
    [InlineData("I read a book in the evening", "lumbar")]
    [InlineData("she is my sister", "urinary_signs")]
    public void A_real_word_is_never_taken_for_a_finding(string text, string notHeard)
    {
        Assert.DoesNotContain(Understanding.Understand(text, "en").Affirmed, m => m.FindingId == notHeard);
    }
}
