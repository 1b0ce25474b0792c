namespace TriageBot.Dialogs.Tests;

/// <summary>PROTOCOL.md section 1, "Who the patient is": carers, other people's symptoms, the past that is over.</summary>
public sealed class WhoThePatientIsTests
{
    [Fact]
    public async Task A_carer_writing_for_a_parent_gets_advice_for_the_parents_symptoms()
    {
        await new TriageChat().Flow().Welcome()
            .Send("I'm writing for my mum, she's 80. Her lower back is numb").AssertQuestion("symptoms")
            .Send("she has been sick twice this morning").AssertOutcome("emergency", outcome => Assert.Contains("vomiting", outcome.Ids("findings")))
            .StartTestAsync();
    }

    [Fact]
    public async Task Someone_elses_symptoms_in_a_patients_own_story_do_not_count()
    {
        await new TriageChat().Flow().Welcome()
            .Send("My lower back aches").AssertQuestion("symptoms")
            .Send("no, but my husband has a high fever and is throwing up").AssertQuestion("context")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_fever_that_is_over_does_not_count()
    {
        await new TriageChat("ru-RU").Flow().Welcome()
            .Send("Болит поясница").AssertQuestion("symptoms")
            .Send("была высокая температура в прошлом году, сейчас ничего такого").AssertQuestion("context")
            .StartTestAsync();
    }
}
