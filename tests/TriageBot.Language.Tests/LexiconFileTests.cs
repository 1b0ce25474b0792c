using TriageBot.Triage;

namespace TriageBot.Language.Tests;

/// <summary>The lexicons speak of the protocol's findings, all of them, in both languages.</summary>
public sealed class LexiconFileTests
{
    private static readonly string[] Derived = ["numbness_with_pain", "radiating_leg"];

    public static TheoryData<string> Languages => [.. TriageProtocol.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_lexicon_finding_is_a_protocol_finding(string language)
    {
        Assert.All(Lexicon.Load(language).Findings, p => Assert.True(TriageProtocol.Default.IsFinding(p.Id), p.Id));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_protocol_finding_has_words_in_the_lexicon(string language)
    {
        var named = Lexicon.Load(language).Findings.Select(p => p.Id).ToHashSet();
        var missing = TriageProtocol.Default.Findings.Select(f => f.Id).Except(Derived).Where(id => !named.Contains(id));
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_buttons_the_bot_shows_are_understood_as_commands(string language)
    {
        var texts = TriageProtocol.Default.Texts(language).Conversation;
        var understanding = new LexiconUnderstanding();
        Assert.Equal(PatientCommand.StartOver, understanding.Understand(texts.StartOverButton, language).Command);
        Assert.Equal(PatientCommand.TalkToStaff, understanding.Understand(texts.StaffButton, language).Command);
    }
}
