using System.Text;

namespace TriageBot.Web.Tests.Privacy;

/// <summary>Patient text is health data: nothing under the data folder holds it in the clear.</summary>
public sealed class DataAtRestTests
{
    [Fact]
    public async Task After_conversations_on_both_channels_no_file_in_the_data_folder_contains_the_patients_words()
    {
        using var data = new TempFolder();
        await using (var host = await BotHostProcess.StartAsync(data.Path, settings: new Dictionary<string, string> { ["DirectLine__Secret"] = "privacy-secret" }))
        {
            using var http = new HttpClient { BaseAddress = host.BaseAddress };
            var overApi = new Patient(http);
            Assert.Equal("symptoms", Patient.LastStep(await overApi.SayAsync("My lower back is numb, I am Zanzibar Quillfeather")));
            var overDirectLine = new DirectLineClient(http, "privacy-secret");
            await overDirectLine.StartAsync();
            await overDirectLine.SayAsync("Немеет поясница, меня зовут Квиллфезер", "ru-RU");
            Assert.Contains(await overDirectLine.ReadAsync(0), a => a["text"]?.ToString() == "Немеет поясница, меня зовут Квиллфезер"); // it is stored, and reads back
        }

        var files = Directory.GetFiles(data.Path, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("triagebot.db", StringComparison.Ordinal));
        foreach (var words in new[] { "Quillfeather", "Квиллфезер", "Zanzibar" })
        {
            foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode })
            {
                var needle = encoding.GetBytes(words);
                foreach (var file in files)
                    Assert.False(Contains(await File.ReadAllBytesAsync(file), needle), $"{Path.GetFileName(file)} holds \"{words}\" in the clear");
            }
        }
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
