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
        Assert.All(Lexicon.Load(language).Patterns, p => Assert.True(TriageProtocol.Default.IsFinding(p.FindingId), p.FindingId));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_protocol_finding_has_words_in_the_lexicon(string language)
    {
        var named = Lexicon.Load(language).Patterns.Where(p => !p.HalfSaid).Select(p => p.FindingId).ToHashSet();
        var missing = TriageProtocol.Default.Findings.Select(f => f.Id).Except(Derived).Where(id => !named.Contains(id));
        Assert.Empty(missing);
    }

    /// <summary>"Absorbs" and "supersedes" drop the lesser finding: a lesser one must never drop a graver one.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void No_finding_drops_a_graver_one(string language)
    {
        var lexicon = Lexicon.Load(language);
        var drops = lexicon.Absorbs.Concat(lexicon.Supersedes).SelectMany(d => d.Value.Select(lesser => (d.Key, Lesser: lesser)));
        Assert.All(drops, d => Assert.False(Level(d.Lesser) > Level(d.Key), $"{d.Key} drops the graver {d.Lesser}"));
    }

    private static int Level(string finding) => (int?)TriageProtocol.Default.Finding(finding).Level ?? -1;

    [Theory]
    [MemberData(nameof(Languages))]
    public void Only_red_flags_are_half_said_and_each_has_its_closed_question(string language)
    {
        var halfSaid = Lexicon.Load(language).Patterns.Where(p => p.HalfSaid).Select(p => p.FindingId).Distinct().ToList();
        Assert.NotEmpty(halfSaid);
        Assert.All(halfSaid, id => Assert.True(TriageProtocol.Default.Finding(id).IsRedFlag, id));
        Assert.All(halfSaid, id => Assert.Contains(id, TriageProtocol.Default.Texts(language).Clarify.Questions.Keys));
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
