namespace TriageBot.Language.Tests;

/// <summary>PROTOCOL.md section 7: Russian typed in Latin letters is read as Russian; English with typos is not.</summary>
public sealed class TransliterationTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("poyasnitsa bolit", "pain lumbar")]
    [InlineData("pojasnica bolit", "pain lumbar")]
    [InlineData("toshnit i rvet", "vomiting")]
    [InlineData("ne mogu pomochitsya", "bladder_bowel")]
    [InlineData("nogi vatnye obe", "both_legs")]
    [InlineData("v grudi davit", "chest_pressure")]
    [InlineData("ofis, sizhu ves' den'", "long_sitting")]
    [InlineData("sizhu ves' den' za kompom", "long_sitting")]
    [InlineData("voobshche malo dvigayus", "little_movement")]
    public void Russian_in_latin_letters_is_understood_in_any_locale(string text, string findings)
    {
        foreach (var language in new[] { "en", "ru" })
        {
            var heard = Understanding.Understand(text, language).Affirmed.Select(m => m.FindingId).ToHashSet();
            Assert.All(findings.Split(' '), id => Assert.Contains(id, heard));
        }
    }

    [Fact]
    public void English_with_typos_is_not_read_as_russian()
    {
        var heard = Understanding.Understand("tingeling in my nekc", "en").Affirmed.Select(m => m.FindingId).ToHashSet();
        Assert.Equal(["cervical", "numbness"], heard.Order());
    }

    [Theory]
    [InlineData("poyasnitsa", "поясница")]
    [InlineData("toshnit", "тошнит")]
    [InlineData("shcheka", "щека")]
    [InlineData("moy", "мой")]
    [InlineData("byl", "был")]
    [InlineData("kruzhitsya", "кружится")]
    public void Latin_spellings_become_cyrillic(string latin, string cyrillic)
    {
        Assert.Equal(cyrillic, Transliteration.ToCyrillic(latin));
    }
}
