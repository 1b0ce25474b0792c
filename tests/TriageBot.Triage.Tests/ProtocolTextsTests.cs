using System.Text.RegularExpressions;
using TriageBot.Triage.Model;
using TriageBot.Triage.Texts;

namespace TriageBot.Triage.Tests;

/// <summary>Every text of PROTOCOL.md exists in English and Russian and says nothing section 5 forbids.</summary>
public sealed partial class ProtocolTextsTests
{
    public static TheoryData<string> Languages => [.. TriageProtocol.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_question_has_wording_an_example_and_buttons_whose_findings_exist(string language)
    {
        var texts = TriageProtocol.Default.Texts(language);
        foreach (var step in TriageProtocol.Default.Steps)
        {
            var question = texts.Questions[ProtocolIds.Of(step.Step)];
            Assert.False(string.IsNullOrWhiteSpace(question.Question));
            Assert.False(string.IsNullOrWhiteSpace(question.Example));
            Assert.NotEmpty(question.Buttons);
            Assert.All(question.Buttons.SelectMany(b => b.Findings), id => Assert.True(TriageProtocol.Default.IsFinding(id), id));
        }
    }

    /// <summary>The protocol refuses to load without them (a missing one would end a conversation when asked).</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_red_flag_has_a_closed_question(string language)
    {
        var questions = TriageProtocol.Default.Texts(language).Clarify.Questions;
        Assert.All(TriageProtocol.Default.Findings.Where(f => f.IsRedFlag), f => Assert.False(string.IsNullOrWhiteSpace(questions.GetValueOrDefault(f.Id)), f.Id));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_finding_specialist_tip_and_disposition_has_words(string language)
    {
        var texts = TriageProtocol.Default.Texts(language);
        var protocol = TriageProtocol.Default;
        Assert.All(protocol.Findings, f => Assert.False(string.IsNullOrWhiteSpace(texts.Findings.GetValueOrDefault(f.Id)), f.Id));
        Assert.All(protocol.Rules.SpecialistOrder, s => Assert.False(string.IsNullOrWhiteSpace(texts.Specialists.GetValueOrDefault(s)), s));
        Assert.All(protocol.Rules.TipOrder, t => Assert.False(string.IsNullOrWhiteSpace(texts.Tips.GetValueOrDefault(t)), t));
        Assert.All(Enum.GetValues<Disposition>(), d => Assert.False(string.IsNullOrWhiteSpace(texts.Outcome.Headlines.GetValueOrDefault(ProtocolIds.Of(d))), d.ToString()));
    }

    [Fact]
    public void Both_languages_use_the_same_placeholders_in_every_text()
    {
        var english = Flatten(TriageProtocol.Default.Texts("en"));
        var russian = Flatten(TriageProtocol.Default.Texts("ru"));
        Assert.Equal(english.Keys.Order(), russian.Keys.Order());
        Assert.All(english, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(russian[pair.Key])));
    }

    [Fact]
    public void Both_languages_offer_the_same_buttons_meaning_the_same_findings()
    {
        var english = TriageProtocol.Default.Texts("en").Questions;
        var russian = TriageProtocol.Default.Texts("ru").Questions;
        Assert.All(english, pair => Assert.Equal(
            pair.Value.Buttons.Select(b => string.Join(",", b.Findings)),
            russian[pair.Key].Buttons.Select(b => string.Join(",", b.Findings))));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_text_gives_folk_remedies_medicine_doses_or_products(string language)
    {
        var all = string.Join("\n", Flatten(TriageProtocol.Default.Texts(language)).Values);
        Assert.DoesNotMatch(Forbidden(), all);
    }

    [Fact]
    public void Another_language_falls_back_to_english()
    {
        Assert.Equal("en", TriageProtocol.Default.Texts("de").Language);
    }

    [GeneratedRegex(@"vodka|водк|camphor|камфор|eucalypt|эвкалипт|pepper|перц|tincture|настойк|drevmass|simulator|тренажер|тренажёр|\d+\s?mg|\d+\s?мг|95\s?%", RegexOptions.IgnoreCase)]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order()];

    private static Dictionary<string, string> Flatten(ProtocolTexts texts)
    {
        var all = new Dictionary<string, string>
        {
            ["welcome"] = texts.Welcome,
            ["otherLanguageNote"] = texts.OtherLanguageNote,
        };
        foreach (var (step, question) in texts.Questions)
        {
            all[$"questions.{step}.question"] = question.Question;
            all[$"questions.{step}.example"] = question.Example;
        }

        foreach (var (kind, map) in new[] { ("findings", texts.Findings), ("specialists", texts.Specialists), ("tips", texts.Tips), ("headlines", texts.Outcome.Headlines) })
        {
            foreach (var (id, text) in map)
                all[$"{kind}.{id}"] = text;
        }

        foreach (var property in typeof(OutcomeTexts).GetProperties().Concat(typeof(ConversationTexts).GetProperties()))
        {
            if (property.PropertyType == typeof(string))
                all[$"{property.DeclaringType!.Name}.{property.Name}"] = (string)property.GetValue(property.DeclaringType == typeof(OutcomeTexts) ? texts.Outcome : texts.Conversation)!;
        }

        return all;
    }
}
