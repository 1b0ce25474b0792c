namespace TriageBot.Language.Tests;

/// <summary>What a patient writes, and the findings a clinician would hear in it.</summary>
public sealed class LexiconUnderstandingTests
{
    private static readonly LexiconUnderstanding Understanding = new();

    [Theory]
    [InlineData("en", "Hi, my lower back has gone numb", "numbness lumbar", "")]
    [InlineData("en", "My upper back is numb and there's a heavy pressure in my chest", "numbness thoracic chest_pressure", "")]
    [InlineData("en", "I've thrown up twice and feel awful", "vomiting", "")]
    [InlineData("en", "it's numb around my groin and bottom too", "saddle_numbness", "")]
    [InlineData("en", "The pain and numbness in my back are getting worse every hour", "worsening_fast pain", "")]
    [InlineData("en", "I fell off a ladder yesterday and now my back is numb", "major_trauma numbness", "")]
    [InlineData("en", "I'm 7 months pregnant and my lower back keeps going numb", "pregnancy numbness lumbar", "")]
    [InlineData("en", "My neck is stiff and sore when I wake up", "pain cervical", "numbness")]
    [InlineData("en", "Numbness in my lower back going down my left leg for three weeks", "numbness lumbar to_leg persistent", "")]
    [InlineData("en", "I sleep on two big pillows", "pillow_high", "")]
    [InlineData("en", "pain in my pelvis and some erection problems", "prostate_signs", "")]
    [InlineData("en", "my periods have been irregular", "gyn_signs", "")]
    [InlineData("en", "headaches and my vision gets blurry", "neuro_signs", "")]
    [InlineData("en", "I carry my bag on one shoulder", "one_sided_load", "")]
    [InlineData("en", "my legs keep giving way and both legs are numb", "both_legs", "")]
    [InlineData("en", "I can't pee since this morning", "bladder_bowel", "")]
    [InlineData("en", "I'm short of breath", "breathing_difficulty", "")]
    [InlineData("en", "the room is spinning and I nearly fainted", "severe_dizziness", "")]
    [InlineData("en", "I had cancer five years ago", "cancer_history", "")]
    [InlineData("en", "it's worse at night", "night_pain", "")]
    [InlineData("en", "my mattress is very soft and old", "mattress_unsuitable", "")]
    [InlineData("en", "I sit at a computer 9 hours a day", "long_sitting", "")]
    [InlineData("en", "I work construction, lots of heavy lifting", "heavy_work", "")]
    [InlineData("en", "I have scoliosis", "spine_condition", "")]
    [InlineData("ru", "Немеет поясница, и появилась тошнота и рвота", "numbness lumbar vomiting", "")]
    [InlineData("ru", "Немеет шея и покалывает пальцы", "numbness cervical", "")]
    [InlineData("ru", "Болит поясница по утрам после сна", "pain lumbar", "numbness")]
    [InlineData("ru", "Я беременна, немеет поясница", "pregnancy numbness lumbar", "")]
    [InlineData("ru", "сплю на очень жёстком матрасе", "mattress_unsuitable", "")]
    [InlineData("ru", "сижу весь день в офисе", "long_sitting", "")]
    [InlineData("ru", "онемела поясница", "numbness lumbar", "")]
    [InlineData("ru", "онемение в пояснице", "numbness lumbar", "")]
    [InlineData("ru", "сил нет терпеть эту боль", "pain", "")]
    [InlineData("ru", "меня подташнивает", "digestive_signs", "vomiting")]
    [InlineData("ru", "давит в груди", "chest_pressure", "")]
    [InlineData("ru", "упал с лестницы и теперь немеет спина", "major_trauma numbness", "")]
    [InlineData("ru", "не могу помочиться", "bladder_bowel", "")]
    [InlineData("ru", "трудно дышать", "breathing_difficulty", "")]
    [InlineData("ru", "отдаёт в ногу уже три недели", "to_leg persistent", "")]
    [InlineData("ru", "часто изжога", "digestive_signs", "")]
    [InlineData("ru", "у меня грыжа и остеохондроз", "spine_condition", "")]
    [InlineData("en", "I'm 24 weeks with our second, otherwise well", "pregnancy", "persistent")]
    [InlineData("ru", "32 неделя у меня, второго ждём", "pregnancy", "persistent")]
    [InlineData("en", "my back has ached for the last two months", "pain persistent", "")]
    [InlineData("en", "my right foot keeps catching on the steps, it doesn't lift properly", "leg_weakness", "")]
    [InlineData("ru", "в субботу подвернула ногу на ступеньке", "minor_injury", "leg_weakness")]
    [InlineData("en", "things haven't been working in the bedroom lately, if you know what I mean", "prostate_signs", "")]
    [InlineData("ru", "эрекция ослабла, если это важно", "prostate_signs", "")]
    [InlineData("en", "they told me as a teenager my spine was curved like an S", "spine_condition", "")]
    [InlineData("ru", "позвоночник кривой с детства", "spine_condition", "")]
    [InlineData("en", "I get up to wee four or five times a night", "urinary_signs", "")]
    [InlineData("ru", "ушиб спину в армии лет двадцать назад, давно забыл", "", "minor_injury persistent")]
    [InlineData("ru", "зимой гриппом болела, сейчас нет ничего", "", "pain fever")]
    [InlineData("en", "RTC an hour ago, paraesthesia bilateral lower limbs", "major_trauma both_legs numbness", "")]
    [InlineData("ru", "парестезии по наружной поверхности голени, по дерматому L5", "numbness to_leg", "")]
    [InlineData("ru", "упал с лестницы в прошлом году и с тех пор ноги немеют", "both_legs", "")]
    [InlineData("ru", "сплю нормально, матрас средней жёсткости", "", "mattress_unsuitable")]
    [InlineData("en", "same as always, stomach", "sleeps_on_stomach", "")]
    [InlineData("ru", "весь день в телефоне скрючившись", "slouching", "sleeps_on_stomach")]
    [InlineData("en", "pain in the back on the level of chest, between the shoulder blades", "pain thoracic", "chest_pressure")]
    [InlineData("ru", "ноет спина на уровне груди сзади, под лопатками", "pain thoracic", "chest_pressure")]
    [InlineData("en", "had a skin cancer scare but the biopsy came back benign", "", "cancer_history")]
    [InlineData("ru", "цикл сбился, месячные то через две недели, то через полтора месяца", "gyn_signs", "persistent")]
    [InlineData("ru", "Гамарджоба. Поясница болит", "lumbar pain", "mattress_unsuitable")]
    [InlineData("en", "my weight is reducing, 5 kg down, not dieting", "weight_loss", "")]
    [InlineData("en", "the numbness is extending very fast, it goes more every hour", "numbness worsening_fast", "")]
    [InlineData("en", "I tried to stand up and ended up on the floor, neither leg would hold me", "both_legs", "")]
    [InlineData("ru", "с ночи полощет, весь ужин в унитазе оставил", "vomiting", "")]
    [InlineData("ru", "между ног как отсиженное, будто заморозка у стоматолога", "saddle_numbness", "")]
    [InlineData("ru", "ничего, тошнить не тошнит", "", "digestive_signs vomiting")]
    [InlineData("ru", "сплю в кресле-мешке", "mattress_unsuitable", "")]
    [InlineData("en", "maybe the mattress is too soft, I sink right in", "mattress_unsuitable", "")]
    [InlineData("en", "since this morning the feeling has drained out of both legs", "both_legs numbness", "")]
    [InlineData("en", "any sensation in the crotch area has disappeared", "saddle_numbness", "")]
    [InlineData("en", "it's like my control over my bowels is gone", "bladder_bowel", "")]
    [InlineData("en", "the burning sensation in my neck is gone, lower back still sore", "lumbar pain", "numbness")]
    [InlineData("ru", "у меня в обеих ногах пропадает чувствительность", "both_legs numbness", "")]
    [InlineData("ru", "в промежности ощущения исчезли", "saddle_numbness", "")]
    [InlineData("ru", "чувство тошноты ушло, спина ноет", "pain", "numbness digestive_signs")]
    public void A_message_gives_the_findings_a_clinician_would_hear(string language, string text, string affirmed, string notAffirmed)
    {
        var heard = Understanding.Understand(text, language).Affirmed.Select(m => m.FindingId).ToHashSet();
        Assert.All(Ids(affirmed), id => Assert.True(heard.Contains(id), $"'{text}' should give {id}; heard {string.Join(", ", heard)}"));
        Assert.All(Ids(notAffirmed), id => Assert.False(heard.Contains(id), $"'{text}' should not give {id}"));
    }

    [Theory]
    [InlineData("en", "I have a slight temperature, 37.6", "fever", "high_fever")]
    [InlineData("en", "temperature 39.2", "high_fever", "")]
    [InlineData("en", "my temp is 101.5 F", "high_fever", "")]
    [InlineData("ru", "температура 38,9", "high_fever", "")]
    [InlineData("ru", "температура 37,2", "fever", "high_fever")]
    [InlineData("en", "I'm 45 and my back hurts", "pain", "fever high_fever")]
    [InlineData("en", "my temperature was 37.1", "fever", "high_fever")]
    [InlineData("en", "temperature 38.5 this morning", "high_fever", "")]
    [InlineData("en", "101.3 F this evening", "high_fever", "")]
    [InlineData("en", "temp 100.2°F", "fever", "high_fever")]
    [InlineData("en", "my husband has it too, mine's only 99.9 so far", "fever", "high_fever")]
    [InlineData("en", "I weigh 99.5 kg and my back hurts", "pain", "fever high_fever")]
    [InlineData("en", "temp is 99.8 so not super high", "fever", "high_fever")]
    public void Temperatures_are_read_from_numbers(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "belly", "sleeps_on_stomach", "")]
    [InlineData("en", "my belly hurts and so does my lower back", "pain lumbar", "sleeps_on_stomach")]
    [InlineData("ru", "офис", "long_sitting", "")]
    [InlineData("ru", "офис закрыли на карантин, спина болит", "pain", "long_sitting")]
    [InlineData("en", "desk 10h", "long_sitting", "")]
    [InlineData("en", "desk job, 9 hours a day", "long_sitting", "")]
    [InlineData("ru", "офис, весь день", "long_sitting", "")]
    public void A_word_or_two_that_answer_a_question_on_their_own_say_a_habit_only_as_the_whole_answer(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "the baby wakes me up three times a night, lower back aches", "lumbar pain", "night_pain")]
    [InlineData("en", "my alarm wakes me at 6 and my back is stiff", "pain", "night_pain")]
    [InlineData("en", "I was up all night working and now my neck hurts", "cervical pain", "night_pain")]
    [InlineData("en", "my lower back wakes me up", "lumbar night_pain", "")]
    [InlineData("en", "I was up all night with the pain", "night_pain", "")]
    [InlineData("ru", "ребёнок будит по ночам, поясница ноет", "lumbar pain", "night_pain")]
    [InlineData("ru", "просыпаюсь от храпа мужа", "", "night_pain")]
    [InlineData("ru", "просыпаюсь от боли в пояснице", "night_pain", "")]
    [InlineData("ru", "поясница болит, будит ночью", "lumbar night_pain", "")]
    [InlineData("en", "the pain is so bad I keep waking up", "night_pain", "")]
    [InlineData("ru", "спина болит так, что просыпаюсь", "night_pain", "")]
    [InlineData("ru", "так устаю, что не сплю, спина ноет", "pain", "night_pain")]
    public void Pain_at_night_is_pain_that_wakes_the_patient_not_a_baby_an_alarm_or_a_late_shift(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "I sweat a lot at the gym and my lower back aches", "lumbar pain", "fever")]
    [InlineData("en", "sweating buckets at work in this heat, neck is stiff", "cervical pain", "fever")]
    [InlineData("en", "night sweats and my lower back aches", "fever lumbar pain", "")]
    [InlineData("ru", "потею на тренировке, потом ноет поясница", "lumbar pain", "fever")]
    [InlineData("ru", "по ночам сильно потею", "fever", "night_pain")]
    public void Sweat_from_exercise_work_or_heat_is_no_fever(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "The bed came from my grandmother's house when I moved in, it sags in the middle", "mattress_unsuitable", "severe_dizziness")]
    [InlineData("en", "a thin camping mat on the floor since I moved", "mattress_unsuitable", "severe_dizziness")]
    [InlineData("en", "when I moved my head the floor was moving under me", "severe_dizziness", "")]
    [InlineData("en", "I hit the gym 4 times a week", "", "major_trauma minor_injury")]
    [InlineData("en", "cold air hits my back all day", "cold_drafts", "major_trauma minor_injury")]
    [InlineData("en", "the car hit me", "major_trauma", "")]
    [InlineData("ru", "Ноет поясница к вечеру, аж тошнит уже от этого офиса", "pain lumbar", "digestive_signs")]
    [InlineData("ru", "тошнит от таблеток", "digestive_signs", "")]
    [InlineData("ru", "кровать у окна, рамы деревянные, из щелей дует", "cold_drafts", "numbness")]
    [InlineData("ru", "ноги как деревянные", "both_legs numbness", "")]
    public void Moving_house_going_to_the_gym_or_a_draught_is_no_spinning_room_nor_a_blow(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "my temperature has finally come down, back still sore", "pain", "minor_injury major_trauma")]
    [InlineData("en", "my weight fell by 5 kg and my lower back aches", "lumbar pain", "minor_injury major_trauma")]
    [InlineData("en", "I had a fever and fell off the ladder", "fever major_trauma", "")]
    [InlineData("ru", "температура упала, спина болит", "pain", "minor_injury major_trauma")]
    [InlineData("ru", "у меня давление упало и я упала", "minor_injury", "")]
    [InlineData("en", "my back hurts almost as much as my portfolio after the market fall", "pain", "minor_injury major_trauma")]
    [InlineData("ru", "курс упал, я упала духом, а теперь ещё и спина болит", "pain", "minor_injury major_trauma")]
    public void A_temperature_a_weight_or_a_market_that_falls_is_no_fall(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "my belt is on the last hole now and I haven't been trying", "weight_loss", "")]
    [InlineData("en", "my jeans are hanging off me these days", "weight_loss", "")]
    [InlineData("en", "I wear loose clothes at work, lower back aches", "pain", "weight_loss")]
    [InlineData("ru", "ремень затягиваю на последнюю дырку, брюки болтаются", "weight_loss", "")]
    [InlineData("en", "the ache gets worse once I'm lying down", "night_pain", "")]
    [InlineData("ru", "как лягу, боль усиливается", "night_pain", "")]
    [InlineData("en", "it is strongest at night", "night_pain", "")]
    [InlineData("en", "I wake up twice a night from the pain", "night_pain pain", "")]
    [InlineData("en", "I wake up at 6 from my alarm", "", "night_pain")]
    [InlineData("ru", "как лягу, боль проходит, а при ходьбе усиливается", "pain", "night_pain")]
    [InlineData("en", "I can't walk on my heel on the right side", "leg_weakness", "both_legs")]
    [InlineData("ru", "не могу ходить на пятках", "leg_weakness", "both_legs")]
    [InlineData("ru", "не могу ходить, ноги не слушаются", "both_legs", "")]
    public void Urgent_findings_told_by_what_the_patient_notices_are_heard(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "old saggy mattress, been meaning to replace it", "mattress_unsuitable", "")]
    [InlineData("en", "hard mattress, I bought a really firm one thinking it would help", "mattress_unsuitable", "")]
    [InlineData("en", "I sit on a stool half the day", "long_sitting", "")]
    [InlineData("ru", "таксист, 12ч в машине", "long_sitting", "")]
    [InlineData("ru", "сижу на табуретке без спинки по полдня", "long_sitting", "")]
    [InlineData("ru", "сижу на работе, гулять не хожу", "long_sitting little_movement", "")]
    [InlineData("ru", "Спит на мягком матрасе, скрючившись.", "sleeps_on_stomach mattress_unsuitable", "slouching")]
    [InlineData("ru", "сплю как получится, скрученная вся", "sleeps_on_stomach", "")]
    [InlineData("ru", "сижу скрючившись за компом", "slouching long_sitting", "sleeps_on_stomach")]
    [InlineData("en", "I watch TV in the armchair for hours, not much walking", "little_movement long_sitting", "")]
    [InlineData("en", "laid up on the couch since I hurt my ankle", "little_movement", "")]
    [InlineData("en", "retired, mostly watch TV, I take the lift even for one floor", "little_movement", "")]
    [InlineData("en", "not much pain when walking", "", "little_movement")]
    [InlineData("ru", "Он у нас всё сам: дрова, мешки, помогать не даёт", "heavy_work", "")]
    [InlineData("en", "Barman, on my feet, changing kegs", "heavy_work", "")]
    [InlineData("en", "I eat dinner around 11, then straight to bed", "late_meals_alcohol", "")]
    [InlineData("en", "I start work at 11 and eat lunch at 1", "", "late_meals_alcohol")]
    [InlineData("en", "office, 8 hours, I never take breaks", "long_sitting", "")]
    [InlineData("en", "I teach piano, on the bench for hours", "long_sitting", "")]
    [InlineData("ru", "поужинали поздно, часов в одиннадцать", "late_meals_alcohol", "")]
    [InlineData("ru", "Ходит мало, гуляет редко", "little_movement", "")]
    [InlineData("ru", "репетирую по 6 часов, сижу криво", "long_sitting slouching", "")]
    [InlineData("ru", "вечером пару рюмок для сна", "late_meals_alcohol", "")]
    [InlineData("en", "I usually just crash on the sofa instead of going upstairs, it's super squishy", "mattress_unsuitable", "")]
    [InlineData("en", "cheap chair, kinda slumped in it. don't really do any sport", "slouching little_movement", "")]
    [InlineData("en", "I don't do any lifting at work", "", "little_movement heavy_work")]
    [InlineData("en", "I end up squeezed onto the edge in some weird pretzel position", "sleeps_on_stomach", "")]
    [InlineData("ru", "работаю с ноутбуком прямо в кровати, полулёжа", "slouching", "")]
    [InlineData("ru", "поясница болит после того, как мешки с картошкой в погреб перетаскала", "heavy_work pain", "")]
    public void A_habit_the_patient_means_to_change_or_tells_in_shorthand_is_still_the_habit(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "slipped off the trailer and fell maybe 8 feet onto concrete", "major_trauma", "to_leg")]
    [InlineData("en", "fell about ten feet off the hayloft", "major_trauma", "")]
    [InlineData("en", "I fell, both feet numb now", "both_legs numbness", "")]
    [InlineData("en", "landed on my feet after jumping off the chair, back hurts", "pain", "major_trauma")]
    public void A_fall_measured_in_feet_is_from_a_height_and_the_feet_are_no_legs(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "the mattress is rock hard, we bought it extra firm on purpose", "mattress_unsuitable", "")]
    [InlineData("ru", "матрас очень жёсткий, специально такой купили", "mattress_unsuitable", "")]
    [InlineData("en", "lost 6 kg, on purpose", "", "weight_loss")]
    public void A_habit_kept_on_purpose_is_still_the_habit_only_a_weight_lost_on_purpose_is_explained(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "lost 5 kg, I am on a diet", "", "weight_loss")]
    [InlineData("en", "I lost a stone in a month and I have not been dieting", "weight_loss", "")]
    [InlineData("en", "not sure if it matters but I've dropped about 13 lbs", "weight_loss", "")]
    [InlineData("ru", "я на диете, сбросила 5 кг, специально худею", "", "weight_loss")]
    [InlineData("ru", "похудела на 7 кг без всякой диеты", "weight_loss", "")]
    [InlineData("ru", "похудела на 7 кило, специально ничего не делала", "weight_loss", "")]
    [InlineData("en", "dropped 15 pounds without trying; my wife has been doing Weight Watchers", "weight_loss", "")]
    public void Weight_lost_on_a_diet_is_no_unexplained_weight_loss_unless_the_diet_is_denied(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "carried a lot of furniture and boxes up 3 floors", "heavy_work", "")]
    [InlineData("en", "been puking all morning", "vomiting", "")]
    [InlineData("en", "desk all day, barely exercise", "long_sitting little_movement", "")]
    [InlineData("en", "my left leg feels dead", "numbness to_leg", "leg_weakness")]
    [InlineData("ru", "от поясницы по ноге немеет, как чужая", "numbness to_leg", "leg_weakness")]
    [InlineData("ru", "ехала 12 часов почти без остановок", "long_sitting", "")]
    [InlineData("ru", "редко двигаюсь, в основном дома", "little_movement", "")]
    public void Verbs_are_heard_in_all_their_forms_and_a_leg_that_feels_foreign_is_numb_not_weak(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "the van flipped over on the motorway last night, my neck hurts", "major_trauma", "")]
    [InlineData("en", "a man swung a metal pipe across my back, lower back is agony", "major_trauma", "")]
    [InlineData("en", "I swing a hammer all day at work", "", "major_trauma")]
    [InlineData("en", "she keeps trying to wee but nothing happens", "bladder_bowel", "")]
    [InlineData("en", "39.2 and chills since this morning", "high_fever", "")]
    [InlineData("ru", "занесло на трассе, машина перевернулась, болит шея", "major_trauma", "")]
    [InlineData("ru", "38,9 и знобит", "high_fever", "")]
    [InlineData("en", "I've had to lift her legs up into the bed for her, she can't raise them herself", "both_legs", "")]
    [InlineData("en", "I slid off the garage roof yesterday, maybe 8 feet", "major_trauma", "")]
    [InlineData("ru", "она не может закинуть ноги на кровать, сил в ногах совсем нет", "both_legs", "")]
    [InlineData("ru", "со вчерашнего дня она не может сама встать с унитаза, ноги обе не держат", "both_legs", "")]
    public void Red_flags_told_by_what_happened_are_heard(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "my lower back has been stiff and achy for the last week or so", "lumbar pain", "")]
    [InlineData("en", "a glass or two of wine right before I go to sleep, my neck aches", "late_meals_alcohol cervical pain", "numbness")]
    [InlineData("en", "my leg goes to sleep when I sit", "numbness to_leg", "")]
    [InlineData("en", "got chilled to the bone ice fishing, lower back sore", "cold_drafts lumbar pain", "fever")]
    [InlineData("en", "mail carrier, the mailbag on my right shoulder all day", "one_sided_load", "")]
    [InlineData("en", "I lean in towards the monitor all day", "slouching", "")]
    [InlineData("en", "I work from the couch with the laptop on my knees, all scrunched up", "slouching", "")]
    [InlineData("en", "desk 8+ hours a day, and zero exercise", "long_sitting little_movement", "")]
    [InlineData("ru", "шею опять прихватило, уже который раз", "persistent", "")]
    [InlineData("ru", "хожу в зал четыре раза в неделю", "", "persistent")]
    [InlineData("ru", "Мама, 81 год, после уборки жалуется на поясницу", "", "persistent")]
    public void Everyday_words_for_when_how_and_what_are_read_as_meant(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("ru", "уже месяц немеет поясница", "persistent", "")]
    [InlineData("ru", "больше месяца ноет шея", "persistent", "")]
    [InlineData("ru", "поясница ноет уже недели 4", "persistent", "")]
    [InlineData("ru", "уже неделю болит поясница", "", "persistent")]
    [InlineData("en", "my back has hurt for over a month", "persistent", "")]
    public void A_unit_said_without_a_count_is_one_of_it(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "I was dizzy with joy when I passed the exam, my neck aches", "cervical pain", "neuro_signs")]
    [InlineData("en", "I blew out 40 candles in one go, upper back is sore", "thoracic pain", "minor_injury major_trauma")]
    [InlineData("en", "I've been numb with grief since my dad passed, my neck just aches", "cervical pain", "numbness")]
    [InlineData("ru", "онемела от горя после похорон, а теперь и поясница болит", "lumbar pain", "numbness")]
    [InlineData("ru", "пришёл с работы, рухнул на диван и уснул, теперь шея болит", "cervical pain", "minor_injury major_trauma")]
    [InlineData("ru", "нет, в аварию не попадал, ниоткуда не падал", "", "major_trauma minor_injury")]
    public void Words_of_a_red_flag_said_in_another_sense_are_no_finding(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("ru", "ноут в рюкзаке на одном плече, тяжелый", "one_sided_load", "pain")]
    [InlineData("en", "sat in the ute 9 hours straight", "long_sitting", "")]
    public void Everyday_words_no_dictionary_lists_are_not_taken_for_typos(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "thirty eight and a half this morning", "high_fever", "")]
    [InlineData("en", "I've got a temp, 37 point 8", "fever", "high_fever")]
    [InlineData("ru", "слабость, температура 37 и 4", "fever", "high_fever")]
    [InlineData("ru", "температура тридцать восемь и пять", "high_fever", "")]
    [InlineData("ru", "температура тридцать девять с половиной", "high_fever", "")]
    [InlineData("ru", "мне 40 и 5 детей, поясница болит", "pain", "fever high_fever")]
    [InlineData("en", "My nan is 80 and my back hurts", "pain", "fever high_fever")]
    public void Temperatures_are_read_as_people_say_them(string language, string text, string affirmed, string notAffirmed)
    {
        A_message_gives_the_findings_a_clinician_would_hear(language, text, affirmed, notAffirmed);
    }

    [Theory]
    [InlineData("en", "temperature 36.6")]
    [InlineData("en", "temperature 37.0")]
    [InlineData("ru", "температура 37,0 ровно")]
    [InlineData("en", "98.6 F")]
    public void A_temperature_at_or_below_the_protocols_bound_denies_a_fever(string language, string text)
    {
        var understood = Understanding.Understand(text, language);
        Assert.DoesNotContain(understood.Affirmed, m => m.FindingId is "fever" or "high_fever");
    }

    [Fact]
    public void Every_mention_carries_the_words_that_said_it()
    {
        var mention = Understanding.Understand("Hi there, I threw up this morning", "en").Affirmed.Single(m => m.FindingId == "vomiting");
        Assert.Equal("threw up", mention.Evidence);
    }

    [Theory]
    [InlineData("en", "help", PatientCommand.Help)]
    [InlineData("en", "Start over", PatientCommand.StartOver)]
    [InlineData("en", "Talk to staff", PatientCommand.TalkToStaff)]
    [InlineData("en", "can I talk to a human please", PatientCommand.TalkToStaff)]
    [InlineData("en", "please forget me", PatientCommand.ForgetMe)]
    [InlineData("ru", "Начать заново", PatientCommand.StartOver)]
    [InlineData("ru", "Связаться с клиникой", PatientCommand.TalkToStaff)]
    [InlineData("ru", "удалите мои данные", PatientCommand.ForgetMe)]
    [InlineData("ru", "помощь", PatientCommand.Help)]
    public void Commands_are_recognised(string language, string text, PatientCommand command)
    {
        Assert.Equal(command, Understanding.Understand(text, language).Command);
    }

    [Theory]
    [InlineData("my neck pain doesn't help me sleep at all these days")]
    [InlineData("I need to restart my work after the holidays and my back hurts")]
    [InlineData("nothing helps")]
    [InlineData("painkillers help a bit")]
    [InlineData("no, don't start over")]
    public void A_command_word_inside_a_story_is_no_command(string text)
    {
        Assert.Null(Understanding.Understand(text, "en").Command);
    }

    [Theory]
    [InlineData("ничего не помогает")]
    [InlineData("не помогают таблетки")]
    public void A_denied_command_word_is_no_command_in_russian(string text)
    {
        Assert.Null(Understanding.Understand(text, "ru").Command);
    }

    [Theory]
    [InlineData("en", "no")]
    [InlineData("en", "nope")]
    [InlineData("en", "None of these")]
    [InlineData("en", "nothing else")]
    [InlineData("en", "fine")]
    [InlineData("ru", "нет")]
    [InlineData("ru", "ничего такого")]
    [InlineData("ru", "нормально")]
    [InlineData("ru", "не")]
    [InlineData("ru", "У папы ничего такого нет. Это у мамы давление скачет, но она сама по себе")]
    [InlineData("en", "my dad - none of those, he's just sore")]
    public void Short_denials_say_none(string language, string text)
    {
        Assert.True(Understanding.Understand(text, language).SaysNone);
    }

    [Fact]
    public void A_denial_with_a_finding_reports_both()
    {
        var understood = Understanding.Understand("no, but I feel sick", "en");
        Assert.True(understood.SaysNone);
        Assert.Contains(understood.Affirmed, m => m.FindingId == "digestive_signs");
    }

    private static string[] Ids(string ids) => ids.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
