using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TriageBot.Web.Tests.Apis;

/// <summary>/api/messages on a real host on loopback.</summary>
public sealed class BotApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly TimeSpan ReplyLimit = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_whole_conversation_with_expect_replies_ends_with_the_right_outcome()
    {
        var patient = new Patient(fixture.Http);
        Assert.Equal("symptoms", Patient.LastStep(await patient.SayAsync("My lower back hurts every morning after I wake up")));
        Assert.Equal("context", Patient.LastStep(await patient.SayAsync("no")));
        Assert.Equal("sleep", Patient.LastStep(await patient.SayAsync("no")));
        Assert.Equal("posture", Patient.LastStep(await patient.SayAsync("my mattress is very soft and old")));
        var outcome = (await patient.SayAsync("I sit at a computer 9 hours a day"))[^1];

        Assert.Equal("self_care", Patient.DispositionOf(outcome));
        Assert.Equal(["mattress", "breaks", "general"], outcome["channelData"]!["triage"]!["tips"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task Without_expect_replies_the_bot_answers_through_the_service_url()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var patient = new Patient(fixture.Http, serviceUrl: connector.ServiceUrl);

        using var response = await patient.PostAsync(patient.Activity("message", "My upper back is numb and there's a heavy pressure in my chest"));

        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        var reply = await connector.NextAsync(ReplyLimit);
        while (Patient.StepOf(reply) is null)
            reply = await connector.NextAsync(ReplyLimit);
        Assert.Equal("emergency", Patient.DispositionOf(reply));
        Assert.Equal(patient.ConversationId, reply["conversation"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_patient_who_opens_the_chat_is_welcomed_and_asked_the_first_question()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var patient = new Patient(fixture.Http, serviceUrl: connector.ServiceUrl);
        var joined = patient.Activity("conversationUpdate");
        joined["membersAdded"] = new JsonArray(new JsonObject { ["id"] = $"patient-{patient.ConversationId}" });

        using var response = await patient.PostAsync(joined);

        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        Assert.Null(Patient.StepOf(await connector.NextAsync(ReplyLimit)));
        Assert.Equal("complaint", Patient.StepOf(await connector.NextAsync(ReplyLimit)));
    }

    [Fact]
    public async Task Two_messages_of_one_conversation_sent_at_once_are_both_recorded()
    {
        // Ten conversations, each with two answers racing at the context question: whichever loses the ETag
        // race runs again on the saved state, so both signs reach the outcome's specialists.
        var patients = Enumerable.Range(0, 10).Select(_ => new Patient(fixture.Http)).ToList();
        foreach (var patient in patients)
        {
            await patient.SayAsync("Numbness between my shoulder blades");
            Assert.Equal("context", Patient.LastStep(await patient.SayAsync("no")));
        }

        await Task.WhenAll(patients.SelectMany(p => new[] { p.SayAsync("I get heartburn a lot"), p.SayAsync("my periods are irregular") }));

        foreach (var patient in patients)
        {
            Assert.Equal("posture", Patient.LastStep(await patient.SayAsync("fine")));
            var outcome = (await patient.SayAsync("nothing special"))[^1];
            var specialists = outcome["channelData"]!["triage"]!["specialists"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
            Assert.Contains("gastroenterologist", specialists);
            Assert.Contains("gynecologist", specialists);
        }
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    public async Task A_malformed_body_gets_400(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await fixture.Http.PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_accepted_and_ignored()
    {
        var patient = new Patient(fixture.Http);
        var odd = patient.Activity("somethingNew", expectReplies: true);
        using var response = await patient.PostAsync(odd);
        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        Assert.Equal("location", Patient.LastStep(await patient.SayAsync("Pain")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("😀🙏")]
    [InlineData("لدي ألم في الظهر")]
    public async Task A_message_without_usable_words_gets_a_clear_reply_and_loses_nothing(string text)
    {
        var patient = new Patient(fixture.Http);
        Assert.Equal("location", Patient.LastStep(await patient.SayAsync("Pain")));
        var replies = await patient.SayAsync(text);
        Assert.NotEmpty(replies);
        Assert.Equal("location", Patient.LastStep(replies));
        Assert.Equal("symptoms", Patient.LastStep(await patient.SayAsync("Lower back")));
    }

    [Fact]
    public async Task A_ten_thousand_character_message_is_answered()
    {
        var patient = new Patient(fixture.Http);
        var replies = await patient.SayAsync("My lower back hurts. " + string.Concat(Enumerable.Repeat("and so on ", 1_000)));
        Assert.Equal("symptoms", Patient.LastStep(replies));
    }

    [Fact]
    public async Task An_attachment_gets_a_reply_asking_for_words()
    {
        var patient = new Patient(fixture.Http);
        var photo = patient.Activity("message", expectReplies: true);
        photo["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "https://example.invalid/x.png" });
        using var response = await patient.PostAsync(photo);
        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        Assert.Contains("picture", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
