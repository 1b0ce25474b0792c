namespace TriageBot.Dialogs.Tests;

/// <summary>Whole conversations for every disposition, in English and in Russian.</summary>
public sealed class WholeConversationTests
{
    [Fact]
    public async Task A_patient_with_morning_back_pain_and_poor_habits_gets_self_care_tips()
    {
        await new TriageChat().Flow().Welcome()
            .Send("My lower back hurts every morning after I wake up").AssertQuestion("symptoms")
            .Send("None of these").AssertQuestion("context")
            .Send("no").AssertQuestion("sleep")
            .Send("my mattress is very soft and old").AssertQuestion("posture")
            .Send("I sit at a computer 9 hours a day").AssertOutcome("self_care", outcome =>
            {
                Assert.Equal(["mattress", "breaks", "general"], outcome.Ids("tips"));
                Assert.Contains("mattress", outcome.Text, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("999", outcome.Text, StringComparison.Ordinal); // the safety-net names the emergency number
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_patient_whose_numb_back_comes_with_vomiting_is_told_to_call_an_ambulance()
    {
        await new TriageChat().Flow().Welcome()
            .Send("Hi, my lower back has gone numb").AssertQuestion("symptoms")
            .Send("I've thrown up twice and feel awful").AssertOutcome("emergency", outcome =>
            {
                Assert.Contains("999", outcome.Text, StringComparison.Ordinal);
                Assert.Contains("vomiting", outcome.Ids("findings"));
                Assert.Empty(outcome.Ids("specialists"));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_patient_with_numbness_and_pain_is_told_to_call_the_clinic_today_with_tips_for_their_habits()
    {
        await new TriageChat().Flow().Welcome()
            .Send("My lower back is numb and it aches").AssertQuestion("symptoms")
            .Send("None of these").AssertQuestion("context")
            .Send("None of these").AssertQuestion("sleep")
            .Send("My mattress is way too soft").AssertQuestion("posture")
            .Send("Fine").AssertOutcome("urgent", outcome =>
            {
                Assert.Contains("Riverside Clinic", outcome.Text, StringComparison.Ordinal);
                Assert.Contains("+44 20 7946 0000", outcome.Text, StringComparison.Ordinal);
                Assert.Contains("numbness_with_pain", outcome.Ids("findings"));
                Assert.Contains("mattress", outcome.Ids("tips"));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_patient_with_numbness_and_heartburn_is_sent_to_a_therapist_and_a_gastroenterologist()
    {
        await new TriageChat().Flow().Welcome()
            .Send("Numbness between my shoulder blades").AssertQuestion("symptoms")
            .Send("no").AssertQuestion("context")
            .Send("I get heartburn a lot lately").AssertQuestion("sleep")
            .Send("fine").AssertQuestion("posture")
            .Send("nothing special").AssertOutcome("consult", outcome =>
            {
                Assert.Equal(["therapist", "gastroenterologist"], outcome.Ids("specialists"));
                Assert.Contains("general", outcome.Ids("tips"));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_russian_patient_with_back_pain_gets_self_care_tips_in_russian()
    {
        await new TriageChat("ru-RU").Flow().Welcome()
            .Send("Болит поясница по утрам после сна").AssertQuestion("symptoms")
            .Send("ничего такого").AssertQuestion("context")
            .Send("нет").AssertQuestion("sleep")
            .Send("сплю на очень жёстком матрасе").AssertQuestion("posture")
            .Send("сижу весь день в офисе").AssertOutcome("self_care", outcome =>
            {
                Assert.Equal(["mattress", "breaks", "general"], outcome.Ids("tips"));
                Assert.Matches("[а-яА-Я]{4,}", outcome.Text);
                Assert.DoesNotMatch("(?i)mattress", outcome.Text);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_russian_patient_with_numbness_and_vomiting_is_told_to_call_an_ambulance()
    {
        await new TriageChat("ru-RU").Flow().Welcome()
            .Send("Немеет поясница, и появилась тошнота и рвота").AssertOutcome("emergency", outcome =>
                Assert.Contains("999", outcome.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_pregnant_russian_patient_is_told_to_call_the_clinic_today()
    {
        await new TriageChat("ru-RU").Flow().Welcome()
            .Send("Я беременна, немеет поясница").AssertQuestion("symptoms")
            .Send("нет").AssertQuestion("context") // said in passing, the pregnancy leaves the other signs to ask about
            .Send("нет").AssertQuestion("sleep")
            .Send("нормально").AssertQuestion("posture")
            .Send("нормально").AssertOutcome("urgent", outcome =>
            {
                Assert.Contains("pregnancy", outcome.Ids("findings"));
                Assert.Contains("+44 20 7946 0000", outcome.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_russian_patient_with_a_numb_neck_is_sent_to_a_therapist()
    {
        await new TriageChat("ru-RU").Flow().Welcome()
            .Send("Немеет шея и покалывает пальцы").AssertQuestion("symptoms")
            .Send("нет").AssertQuestion("context")
            .Send("нет").AssertQuestion("sleep")
            .Send("нормально").AssertQuestion("posture")
            .Send("нет").AssertOutcome("consult", outcome => Assert.Equal("therapist", outcome.Ids("specialists")[0]))
            .StartTestAsync();
    }
}
