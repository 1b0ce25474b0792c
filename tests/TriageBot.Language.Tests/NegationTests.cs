namespace TriageBot.Language.Tests;

/// <summary>A negated red flag never escalates; an affirmed one is never hidden by a denial nearby.</summary>
public sealed class NegationTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("en", "Lower back ache, no fever, no nausea, no chest pain", "fever digestive_signs chest_pressure")]
    [InlineData("en", "I don't feel sick", "digestive_signs")]
    [InlineData("en", "I haven't vomited", "vomiting")]
    [InlineData("en", "no chest pressure or shortness of breath", "chest_pressure breathing_difficulty")]
    [InlineData("en", "without any fever", "fever")]
    [InlineData("en", "I am not pregnant", "pregnancy")]
    [InlineData("en", "never had cancer", "cancer_history")]
    [InlineData("en", "no loss of bladder control", "bladder_bowel")]
    [InlineData("en", "fever - none", "fever")]
    [InlineData("ru", "Болит спина, температуры нет, тошноты нет", "fever digestive_signs")]
    [InlineData("ru", "температуры нет", "fever")]
    [InlineData("ru", "нет температуры", "fever")]
    [InlineData("ru", "без температуры и без рвоты", "fever vomiting")]
    [InlineData("ru", "не тошнит", "digestive_signs")]
    [InlineData("ru", "ни температуры, ни тошноты", "fever digestive_signs")]
    [InlineData("ru", "я не беременна", "pregnancy")]
    [InlineData("ru", "не давит в груди", "chest_pressure")]
    [InlineData("ru", "рвоты ни разу не было", "vomiting")]
    [InlineData("ru", "рвоты у меня нет", "vomiting")]
    [InlineData("en", "no vomiting at all", "vomiting")]
    [InlineData("ru", "тошноты и рвоты нет", "digestive_signs vomiting")]
    [InlineData("ru", "рвоты и тошноты нет", "vomiting digestive_signs")]
    [InlineData("en", "nausea and vomiting - none", "digestive_signs vomiting")]
    [InlineData("ru", "седловидной анестезии нет", "saddle_numbness")]
    [InlineData("en", "no saddle anaesthesia", "saddle_numbness")]
    [InlineData("ru", "онемения там нет, просто ноет", "numbness")]
    [InlineData("en", "throwing up - never. fever - never.", "vomiting fever")]
    [InlineData("ru", "рвоты никогда, жара нет", "vomiting fever")]
    [InlineData("en", "Not sick as in throwing up, just a bit off", "vomiting")]
    [InlineData("ru", "Аварий, падений не было, просто долго ехали", "major_trauma minor_injury")]
    [InlineData("ru", "тошноты, рвоты нет", "digestive_signs vomiting")]
    public void Denied_findings_are_negated_and_not_affirmed(string language, string text, string denied)
    {
        var understood = Understanding.Understand(text, language);
        foreach (var id in denied.Split(' '))
        {
            Assert.DoesNotContain(understood.Affirmed, m => m.FindingId == id);
            Assert.Contains(understood.Mentions, m => m.FindingId == id && m.Negated);
        }
    }

    [Theory]
    [InlineData("en", "no fever but I threw up", "vomiting", "fever")]
    [InlineData("en", "no fever, vomiting twice", "vomiting", "fever")]
    [InlineData("en", "I don't have a fever and I have chest pain", "chest_pressure", "fever")]
    [InlineData("en", "not only back pain but chest pressure too", "chest_pressure", "")]
    [InlineData("en", "I can't feel my legs, both legs are numb", "both_legs", "")]
    [InlineData("en", "I can't breathe", "breathing_difficulty", "")]
    [InlineData("ru", "температуры нет, но тошнит", "digestive_signs", "fever")]
    [InlineData("ru", "температуры нет, рвота", "vomiting", "fever")]
    [InlineData("ru", "не могу помочиться", "bladder_bowel", "")]
    [InlineData("ru", "не только спина, но и давит в груди", "chest_pressure", "")]
    [InlineData("ru", "не чувствую поясницу", "numbness", "")]
    [InlineData("ru", "обе ноги как ватные, не чувствую их", "both_legs", "")]
    [InlineData("ru", "промежность как деревянная не чувствую", "saddle_numbness", "")]
    [InlineData("ru", "Болит спина, температуры нет", "pain", "fever")]
    [InlineData("ru", "рвёт, температуры нет", "vomiting", "fever")]
    [InlineData("ru", "Тошнота, температуры нет", "digestive_signs", "fever")]
    public void A_negation_stops_at_the_end_of_its_scope(string language, string text, string affirmed, string denied)
    {
        var understood = Understanding.Understand(text, language);
        Assert.Contains(understood.Affirmed, m => m.FindingId == affirmed);
        if (denied.Length > 0)
            Assert.DoesNotContain(understood.Affirmed, m => m.FindingId == denied);
    }

    [Theory]
    [InlineData("en", "pregnant?? no way, I'm a 58 year old guy")]
    [InlineData("en", "could it be pregnancy? I'm a man lol")]
    [InlineData("ru", "беременность? я вообще-то мужчина")]
    public void A_man_is_never_pregnant(string language, string text)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == "pregnancy");
    }

    [Fact]
    public void A_red_flag_before_a_denial_of_something_else_still_escalates()
    {
        Assert.Contains(Understanding.Understand("рвёт и температуры нет", "ru").Affirmed, m => m.FindingId == "vomiting");
    }

    [Fact]
    public void An_affirmed_red_flag_wins_over_its_own_denial_in_the_same_message()
    {
        var understood = Understanding.Understand("no vomiting earlier, but now I threw up", "en");
        Assert.Contains(understood.Affirmed, m => m.FindingId == "vomiting");
    }
}
