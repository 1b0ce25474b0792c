namespace TriageBot.Web.Tests.Bot;

/// <summary>A conversation outlives its host: state is on disk before a reply is sent.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_conversation_continues_where_it_was_after_the_host_is_killed_and_started_again()
    {
        using var data = new TempFolder();
        await using var first = await BotHostProcess.StartAsync(data.Path);
        using var http = new HttpClient { BaseAddress = first.BaseAddress };
        var patient = new Patient(http);
        Assert.Equal("symptoms", Patient.LastStep(await patient.SayAsync("Numbness between my shoulder blades")));
        Assert.Equal("context", Patient.LastStep(await patient.SayAsync("no")));

        await first.KillAsync();
        await using var second = await BotHostProcess.StartAsync(data.Path);
        using var again = new HttpClient { BaseAddress = second.BaseAddress };
        patient.Http = again;

        Assert.Equal("sleep", Patient.LastStep(await patient.SayAsync("I get heartburn a lot lately")));
        Assert.Equal("posture", Patient.LastStep(await patient.SayAsync("fine")));
        var outcome = (await patient.SayAsync("nothing special"))[^1];
        Assert.Equal("consult", Patient.DispositionOf(outcome));
        Assert.Contains("numbness", outcome["channelData"]!["triage"]!["findings"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.True(File.Exists(Path.Combine(data.Path, "triagebot.db")));
    }
}
