namespace TriageBot.Web.Tests.Privacy;

/// <summary>Patient text never reaches a log line: everything the host wrote during conversations is searched.</summary>
public sealed class LogOutputTests
{
    [Fact]
    public async Task Nothing_the_patient_typed_appears_in_the_hosts_output_on_either_channel_even_when_a_turn_fails_or_is_forgotten()
    {
        using var data = new TempFolder();
        await using var host = await BotHostProcess.StartAsync(data.Path, settings: new Dictionary<string, string>
        {
            ["DirectLine__Secret"] = "log-secret",
            ["Logging__LogLevel__Default"] = "Debug",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Debug",
        });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var patient = new Patient(http);
        await patient.SayAsync("Zanzibar Quillfeather: my lower back is numb");
        await patient.SayAsync("I have a fever of 38.9, Thistlewood told me");
        await patient.SayAsync("talk to staff");
        await patient.SayAsync("forget me");
        var directLine = new DirectLineClient(http, "log-secret");
        await directLine.StartAsync();
        await directLine.SayAsync("Немеет поясница, Квиллфезер", "ru-RU");
        using (await http.PostAsync("/api/messages", new StringContent("{\"type\":\"message\",\"text\":\"Marmaduke broken json", System.Text.Encoding.UTF8, "application/json")))
        {
        }

        var output = host.Output;
        Assert.Contains("/api/messages", output, StringComparison.Ordinal); // the log did record the requests
        foreach (var words in new[] { "Zanzibar", "Quillfeather", "Thistlewood", "38.9", "Квиллфезер", "Marmaduke" })
            Assert.DoesNotContain(words, output, StringComparison.Ordinal);
    }
}
