namespace TriageBot.Web.Tests.Bot;

/// <summary>The error handler: the patient hears how to reach the clinic; the log never hears the patient.</summary>
public sealed class ClinicAdapterTests
{
    [Fact]
    public async Task A_turn_that_fails_tells_the_patient_how_to_reach_the_clinic_and_logs_no_patient_words()
    {
        using var data = new TempFolder();
        var blocker = Path.Combine(data.Path, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        var settings = new Dictionary<string, string> { ["Clinic__Phone"] = "+7 495 000 00 00" };
        await using var host = await BotHostProcess.StartAsync(blocker, settings: settings);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var replies = await new Patient(http).SayAsync("my secret words: numb lower back");

        var apology = Assert.Single(replies);
        Assert.Contains("something went wrong", apology["text"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("+7 495 000 00 00", apology["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("A turn failed with", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret words", host.Output, StringComparison.Ordinal);
    }
}
