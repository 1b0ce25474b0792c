namespace TriageBot.Language.Tests;

/// <summary>PROTOCOL.md, "Asking when unsure": a yes counts, a no or an unclear answer does not.</summary>
public sealed class ClosedAnswersTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("en", "Yes", ClosedAnswer.Yes)]
    [InlineData("en", "yes, but no pain as such", ClosedAnswer.Yes)]
    [InlineData("en", "it does, yes", ClosedAnswer.Yes)]
    [InlineData("en", "I can't", ClosedAnswer.Yes)]
    [InlineData("en", "no", ClosedAnswer.No)]
    [InlineData("en", "absolutely not", ClosedAnswer.No)]
    [InlineData("en", "No, I can't feel any pressure in my chest", ClosedAnswer.No)]
    [InlineData("en", "not sure", ClosedAnswer.Unsure)]
    [InlineData("en", "I'm not sure", ClosedAnswer.Unsure)]
    [InlineData("en", "no idea", ClosedAnswer.Unsure)]
    [InlineData("en", "I don't know", ClosedAnswer.Unsure)]
    [InlineData("en", "sometimes yes, sometimes no", ClosedAnswer.Unsure)]
    [InlineData("ru", "да, но боли нет", ClosedAnswer.Yes)]
    [InlineData("ru", "не получается", ClosedAnswer.Yes)]
    [InlineData("ru", "да нет", ClosedAnswer.No)]
    [InlineData("ru", "конечно нет", ClosedAnswer.No)]
    [InlineData("ru", "неа", ClosedAnswer.No)]
    [InlineData("ru", "не уверена", ClosedAnswer.Unsure)]
    [InlineData("ru", "не знаю", ClosedAnswer.Unsure)]
    public void A_closed_question_is_answered_by_the_words_the_answer_opens_with(string language, string text, ClosedAnswer expected)
    {
        Assert.Equal(expected, Understanding.Understand(text, language).Answer);
    }

    [Theory]
    [InlineData("en", "I can't feel any pressure")]
    [InlineData("en", "my lower back has been aching for a week after lifting boxes at work")]
    [InlineData("ru", "не чувствую ног")]
    [InlineData("en", "pain shooting down my right leg")]
    [InlineData("en", "right side mostly")]
    public void A_message_that_answers_no_closed_question_is_no_answer(string language, string text)
    {
        Assert.Null(Understanding.Understand(text, language).Answer);
    }
}
