namespace TriageBot.Language.Tests;

/// <summary>PROTOCOL.md section 1, who the patient is: someone else's symptoms, the past that is over, fears.</summary>
public sealed class MentionContextTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("en", "my husband's legs are weak but my back just aches", "both_legs")]
    [InlineData("en", "my wife has been throwing up all night, my own neck is stiff", "vomiting")]
    [InlineData("ru", "у мужа температура под сорок, а у меня просто спина болит", "high_fever")]
    [InlineData("en", "no fever here, my husband's the one with a temperature, 38.9, my back just aches", "high_fever")]
    public void Someone_elses_symptom_is_not_the_patients(string language, string text, string finding)
    {
        var understood = Understanding.Understand(text, language);
        Assert.DoesNotContain(understood.Affirmed, m => m.FindingId == finding);
        Assert.Contains(understood.Mentions, m => m.FindingId == finding && m.SomeoneElses);
        Assert.False(understood.SpeaksForSomeoneElse);
    }

    [Theory]
    [InlineData("ru", "у меня немеет пах, а это другой ребёнок болеет", "saddle_numbness")]
    [InlineData("ru", "Я жалуюсь на онемение в паху", "saddle_numbness")]
    [InlineData("ru", "жалуюсь на боль в пояснице и немеют обе ноги", "both_legs")]
    public void A_patient_who_complains_in_the_first_person_speaks_for_themselves(string language, string text, string finding)
    {
        var understood = Understanding.Understand(text, language);
        Assert.False(understood.SpeaksForSomeoneElse);
        Assert.Contains(understood.Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "I'm writing for my mum, she's 80. Her lower back is numb", "numbness")]
    [InlineData("en", "my dad has been sick twice and says his back hurts", "vomiting")]
    [InlineData("ru", "пишу за бабушку: у неё немеет поясница", "numbness")]
    [InlineData("ru", "Сыну 15 лет, жалуется, что немеет шея, часами сидит за компом", "numbness")]
    [InlineData("ru", "Муж упал с лестницы, метра два. Поясница онемела, встать не может", "major_trauma")]
    [InlineData("ru", "У мужа (76 лет) болит поясница", "pain")]
    [InlineData("ru", "Папе 83 года, жалуется на спину внизу", "pain")]
    [InlineData("en", "son's neck has been stiff since the match, he is 14", "pain")]
    [InlineData("en", "granny's lower back has gone numb. forgive me, I'm down with a cold myself", "numbness")]
    [InlineData("ru", "Дочь на 5 месяце, ноет спина между лопатками", "pregnancy")]
    [InlineData("en", "Typing this for my husband, he's 58. Lower back pain since the weekend and now his right foot drags", "leg_weakness")]
    public void A_carers_words_are_about_the_patient_they_write_for(string language, string text, string finding)
    {
        var understood = Understanding.Understand(text, language);
        Assert.True(understood.SpeaksForSomeoneElse);
        Assert.Contains(understood.AffirmedFor(someoneElse: true), m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "I'm writing for my dad, his lower back aches. I'm 7 months pregnant myself", "pregnancy")]
    [InlineData("en", "Writing for my mum, her neck is stiff. I get migraines myself", "neuro_signs")]
    [InlineData("ru", "Пишу за маму, у неё болит поясница. У меня самой ноги немеют по ночам, но это к слову", "both_legs")]
    [InlineData("en", "Grandad's back has been numb for a week. Typing slowly, I have a temperature of 38 myself", "fever")]
    public void A_carers_own_complaints_are_not_the_patients(string language, string text, string finding)
    {
        var understood = Understanding.Understand(text, language);
        Assert.True(understood.SpeaksForSomeoneElse);
        Assert.DoesNotContain(understood.AffirmedFor(someoneElse: true), m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "Writing for my son, his back is numb. His little sister has a fever and was sick", "vomiting")]
    [InlineData("en", "Typing for my dad, his lower back hurts. Their neighbour fell off a ladder last week", "major_trauma")]
    [InlineData("en", "my daughter's neck is numb, my other son had a high fever last night", "high_fever")]
    [InlineData("ru", "Пишу за маму, немеет поясница. У её сестры высокая температура", "high_fever")]
    [InlineData("en", "Writing for my son, his lower back is numb. My younger one was sick all night but that's a different kid", "vomiting")]
    [InlineData("ru", "Пишу за сына, немеет поясница. Младшего рвало всю ночь, но это другой ребёнок", "vomiting")]
    [InlineData("ru", "Пишу за папу, болит поясница. Это у мамы голова кружится, но она сама по себе", "neuro_signs")]
    public void The_relatives_of_the_person_a_carer_writes_for_are_not_the_patient(string language, string text, string finding)
    {
        var understood = Understanding.Understand(text, language);
        Assert.True(understood.SpeaksForSomeoneElse);
        Assert.DoesNotContain(understood.AffirmedFor(someoneElse: true), m => m.FindingId == finding);
        Assert.Contains(understood.Mentions, m => m.FindingId == finding && m.ThirdPersons);
    }

    [Theory]
    [InlineData("en", "Writing for my grandson. His sister says his legs keep giving way", "both_legs")]
    [InlineData("ru", "Пишу за папу. Его жена говорит, что у него ноги отнимаются", "both_legs")]
    public void A_relative_who_tells_of_the_patient_does_not_take_the_symptom_away(string language, string text, string finding)
    {
        Assert.Contains(Understanding.Understand(text, language).AffirmedFor(someoneElse: true), m => m.FindingId == finding);
    }

    [Fact]
    public void A_red_flag_a_carer_saw_is_the_patients()
    {
        var understood = Understanding.Understand("Writing for my husband, his back is numb. I saw vomit on the floor", "en");
        Assert.Contains(understood.AffirmedFor(someoneElse: true), m => m.FindingId == "vomiting");
    }

    [Theory]
    [InlineData("en", "both my kids have colds and my left leg feels weak")]
    [InlineData("en", "my husband's legs are weak, I have a headache")]
    [InlineData("ru", "Тянет поясницу после долгого сидения. Боюсь, вдруг это рак, мама от рака умерла")]
    [InlineData("ru", "Спина ноет третий день. У мужа ноги отнимаются после инсульта, но спрашиваю про себя")]
    public void A_writer_with_a_symptom_of_their_own_is_the_patient(string language, string text)
    {
        Assert.False(Understanding.Understand(text, language).SpeaksForSomeoneElse);
    }

    [Theory]
    [InlineData("en", "I carry her on my hip all day", "one_sided_load")]
    [InlineData("en", "I lug my grandson about on one hip most days", "one_sided_load")]
    [InlineData("en", "carry my nephew on one hip half the day", "one_sided_load")]
    [InlineData("ru", "у мамы ноги не ходят, поднимаю её с кровати каждый день", "heavy_work")]
    [InlineData("ru", "живу у бабушки, сплю на мягкой перине, тону в ней", "mattress_unsuitable")]
    [InlineData("ru", "жена говорит, сплю скрючившись", "sleeps_on_stomach")]
    [InlineData("en", "I sleep on a camp bed next to her bed, it sags almost to the floor", "mattress_unsuitable")]
    [InlineData("en", "I sleep curled around my daughter, pretty twisted", "sleeps_on_stomach")]
    [InlineData("ru", "сплю рядом с дочкой, скрючившись", "sleeps_on_stomach")]
    public void Someone_carried_lifted_or_stayed_with_leaves_the_habit_the_writers(string language, string text, string finding)
    {
        Assert.Contains(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "I think my husband sleeps on his stomach", "sleeps_on_stomach")]
    [InlineData("en", "I sit with my son while he games for hours", "long_sitting")]
    public void A_habit_of_someone_the_writer_names_is_not_the_writers(string language, string text, string finding)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "I get a bit woozy for a second when I turn my head, but it passes", "neuro_signs")]
    [InlineData("en", "my legs keep giving way, if you know what I mean", "both_legs")]
    public void A_symptom_that_comes_and_goes_or_an_aside_is_still_the_patients(string language, string text, string finding)
    {
        Assert.Contains(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "watched a film where a man was paralysed after a car crash, now I'm worried; my lower back is a bit numb", "major_trauma")]
    [InlineData("ru", "посмотрела фильм, где героиню парализовало после аварии, у меня немеет под лопаткой", "major_trauma")]
    [InlineData("ru", "соседа вчера сбила машина, а у меня от нервов поясница разболелась", "major_trauma")]
    public void What_happened_in_a_film_or_to_a_neighbour_is_not_the_patients(string language, string text, string finding)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "I had a fever last month, it's gone now", "fever")]
    [InlineData("en", "I had flu with a temperature a few weeks back but that's completely gone", "fever")]
    [InlineData("en", "it used to wake me on the old futon, but we got a proper mattress last week", "mattress_unsuitable")]
    [InlineData("ru", "раньше спал на животе, теперь приучился на боку", "sleeps_on_stomach")]
    [InlineData("ru", "похудела на 6 кг, но специально", "weight_loss")]
    [InlineData("ru", "голова болела с похмелья, сейчас прошла", "neuro_signs")]
    [InlineData("ru", "ночью болела, пока спали на старом диване, купили новый матрас — по ночам больше не болит", "night_pain")]
    [InlineData("en", "my back was numb this morning, it isn't numb anymore", "numbness")]
    [InlineData("ru", "лет 10 назад лечился от простатита, вылечили, с тех пор без жалоб", "prostate_signs")]
    [InlineData("ru", "в позапрошлом году была травма, но давно всё зажило", "minor_injury")]
    [InlineData("en", "I had a high temperature back in January but I have recovered", "high_fever")]
    [InlineData("en", "I was in a car accident twenty years ago", "major_trauma")]
    [InlineData("ru", "в прошлом году была высокая температура", "high_fever")]
    [InlineData("ru", "в 2015 попадал в аварию, всё давно зажило", "major_trauma")]
    [InlineData("en", "I was in a car crash but that was 15 years ago and I fully recovered", "major_trauma")]
    [InlineData("ru", "попадал в аварию, но это было лет 15 назад", "major_trauma")]
    [InlineData("ru", "температура была, но уже неделю нормальная", "fever")]
    [InlineData("en", "throwing up - not since the first trimester, thank god", "vomiting")]
    [InlineData("en", "I had a fever, but it has been normal for a week", "fever")]
    [InlineData("ru", "немеет поясница. Читала про онемение в паху и недержание, это опасно?", "saddle_numbness")]
    public void A_past_that_is_over_does_not_count(string language, string text, string finding)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "ran a temperature on Saturday and it's completely gone since", "fever")]
    [InlineData("en", "I had a fever yesterday but it is gone now", "fever")]
    [InlineData("en", "felt queasy after the curry, that passed by the morning, mid back still aches", "digestive_signs")]
    [InlineData("ru", "вчера поднималась температура 37,4, сегодня уже нет", "fever")]
    [InlineData("ru", "подташнивало с утра, но само прошло", "digestive_signs")]
    [InlineData("en", "Fever on Monday. Gone now. My lower back aches", "fever")]
    [InlineData("ru", "Была температура в понедельник. Сейчас уже нет. Болит поясница", "fever")]
    public void A_part_of_the_sentence_or_a_next_sentence_that_only_says_it_is_over_ends_what_came_before(string language, string text, string finding)
    {
        NeitherHeardNorAsked(language, text, finding);
    }

    [Theory]
    [InlineData("en", "I couldn't pee at all this morning, it just stopped", "bladder_bowel")]
    [InlineData("en", "my lower back has gone numb", "numbness")]
    [InlineData("en", "the fever goes away when I take paracetamol", "fever")]
    [InlineData("ru", "ночью сдавило в груди, потом отпустило", "chest_pressure")]
    [InlineData("ru", "болит поясница, прошла МРТ", "pain")]
    [InlineData("en", "I can't pee. It stopped.", "bladder_bowel")]
    public void A_recovery_does_not_end_a_red_flag_nor_what_it_does_not_follow(string language, string text, string finding)
    {
        Assert.Contains(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "I had breast cancer ten years ago", "cancer_history")]
    [InlineData("en", "I fell off a ladder last week", "major_trauma")]
    [InlineData("ru", "лет десять назад был рак", "cancer_history")]
    public void History_still_counts_when_it_is_lifelong_or_recent(string language, string text, string finding)
    {
        Assert.Contains(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "I'm worried it might be cancer", "cancer_history")]
    [InlineData("ru", "боюсь, что это рак", "cancer_history")]
    [InlineData("en", "my friend said numbness in the groin is an emergency", "saddle_numbness")]
    public void A_fear_or_something_read_is_no_finding(string language, string text, string finding)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "I've read online that wetting yourself is an emergency, luckily I have none of that", "bladder_bowel")]
    [InlineData("ru", "Начиталась в интернете, что бывает недержание и отказывают ноги, теперь боюсь, но у меня ничего такого нет", "both_legs")]
    public void A_red_flag_read_about_and_then_denied_is_not_asked(string language, string text, string finding)
    {
        NeitherHeardNorAsked(language, text, finding);
    }

    [Theory]
    [InlineData("en", "I was vomiting a lot in my first trimester, morning sickness, it's all gone now", "vomiting")]
    [InlineData("ru", "Рвота была в первом триместре, токсикоз, сейчас давно всё прошло", "vomiting")]
    public void All_gone_ends_everything_said_before_it(string language, string text, string finding)
    {
        NeitherHeardNorAsked(language, text, finding);
    }

    private static void NeitherHeardNorAsked(string language, string text, string finding)
    {
        var understood = Understanding.Understand(text, language);
        Assert.DoesNotContain(understood.Affirmed, m => m.FindingId == finding);
        Assert.DoesNotContain(understood.HalfSaid, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "I sleep alright on the whole, same bed we've had for years")]
    [InlineData("ru", "Спина болит в пояснице, я на пенсии, 72 года")]
    [InlineData("ru", "Рвота была в первом триместре, сейчас давно всё прошло")]
    [InlineData("ru", "у внучки 12 лет болит шея после тренировки")]
    [InlineData("en", "she was sick through the first 3 months of the pregnancy")]
    [InlineData("ru", "Женщина. 64 года. Поясницу тянет")]
    [InlineData("en", "Male, 58 years. lower back has ached since the weekend")]
    public void A_long_time_said_of_something_else_is_no_persistent_complaint(string language, string text)
    {
        Assert.DoesNotContain(Understanding.Understand(text, language).Affirmed, m => m.FindingId == "persistent");
    }

    [Theory]
    [InlineData("en", "I've had this back pain for years")]
    [InlineData("ru", "поясница болит уже 5 лет")]
    [InlineData("en", "tingling between my shoulder blades, the last couple of months")]
    [InlineData("ru", "то немеет, то отпускает, 3й раз за год уже")]
    [InlineData("ru", "шея болит уже 2 мес")]
    [InlineData("en", "Lower back aches. 3 years.")]
    public void A_long_time_said_of_the_complaint_is_persistent(string language, string text)
    {
        Assert.Contains(Understanding.Understand(text, language).Affirmed, m => m.FindingId == "persistent");
    }

    [Fact]
    public void A_red_flag_only_feared_is_asked_about_rather_than_assumed()
    {
        var understood = Understanding.Understand("What if it's something serious and my legs go numb?", "en");
        Assert.DoesNotContain(understood.Affirmed, m => m.FindingId == "both_legs");
        Assert.Contains(understood.HalfSaid, m => m.FindingId == "both_legs");
    }

    [Theory]
    [InlineData("en", "I lost control of my bladder last week", "bladder_bowel")]
    [InlineData("en", "my legs went numb last week", "both_legs")]
    [InlineData("ru", "на прошлой неделе перестала контролировать мочеиспускание", "bladder_bowel")]
    [InlineData("en", "I have pressure in my chest, luckily my cough has cleared up", "chest_pressure")]
    [InlineData("ru", "не могу помочиться, голова уже прошла", "bladder_bowel")]
    public void A_red_flag_said_of_the_past_is_asked_about_rather_than_dropped(string language, string text, string finding)
    {
        var understood = Understanding.Understand(text, language);
        Assert.True(
            understood.Affirmed.Any(m => m.FindingId == finding) || understood.HalfSaid.Any(m => m.FindingId == finding),
            $"{finding} neither heard nor asked about");
    }

    [Theory]
    [InlineData("en", "since last year both my legs are numb", "both_legs")]
    [InlineData("en", "since 2015 I can't control my bladder", "bladder_bowel")]
    [InlineData("en", "the numbness in my groin was there last week and hasn't gone", "saddle_numbness")]
    [InlineData("en", "I cannot pass urine, but the headache went away", "bladder_bowel")]
    [InlineData("ru", "на прошлой неделе немела промежность, до сих пор немеет", "saddle_numbness")]
    public void A_red_flag_that_began_in_the_past_or_outlasts_another_symptom_escalates(string language, string text, string finding)
    {
        Assert.Contains(Understanding.Understand(text, language).Affirmed, m => m.FindingId == finding);
    }

    [Theory]
    [InlineData("en", "had a high fever last month but it's gone now")]
    [InlineData("ru", "была высокая температура в прошлом году, сейчас ничего такого")]
    public void A_red_flag_said_to_be_over_is_neither_counted_nor_asked_about(string language, string text)
    {
        var understood = Understanding.Understand(text, language);
        Assert.DoesNotContain(understood.Affirmed, m => m.FindingId == "high_fever");
        Assert.DoesNotContain(understood.HalfSaid, m => m.FindingId == "high_fever");
    }
}
