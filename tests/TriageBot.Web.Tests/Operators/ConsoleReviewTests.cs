using System.Net;
using System.Text.Json.Nodes;

namespace TriageBot.Web.Tests.Operators;

/// <summary>An operator's work: the emergency on top, the transcript with its findings marked, review, notes, export.</summary>
public sealed class ConsoleReviewTests(ConsoleHostFixture host) : IClassFixture<ConsoleHostFixture>
{
    [Fact]
    public async Task The_emergency_is_listed_above_a_newer_conversation_and_its_page_marks_the_words_that_gave_the_finding()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var emergency = new Patient(http);
        Assert.Equal("emergency", Patient.DispositionOf((await emergency.SayAsync("My back is numb and I feel pressure in my chest"))[^1]));
        var calm = new Patient(http);
        await calm.SayAsync("My lower back is numb");

        using var otto = await SignedInAsOttoAsync();
        var (_, list) = await otto.PageAsync("/operator");
        var links = list.QuerySelectorAll("#conversations a").Select(a => a.GetAttribute("href")).ToList();
        Assert.True(links.IndexOf($"/operator/conversations/{emergency.ConversationId}") < links.IndexOf($"/operator/conversations/{calm.ConversationId}"));
        Assert.Equal("emergency", list.QuerySelector("#conversations tr .badge")!.TextContent);

        var (status, page) = await otto.PageAsync($"/operator/conversations/{emergency.ConversationId}");
        Assert.Equal(HttpStatusCode.OK, status);
        var patientSaid = page.QuerySelector(".bubble.patient")!;
        Assert.Contains("pressure in my chest", patientSaid.TextContent, StringComparison.Ordinal);
        var marked = patientSaid.QuerySelectorAll("mark.finding").Select(m => (m.GetAttribute("data-finding"), m.TextContent)).ToList();
        Assert.Contains(marked, m => m.Item1 == "chest_pressure");
        Assert.Contains(marked, m => m.Item1 == "numbness" && m.TextContent.Contains("numb", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".bubble.bot"), b => b.TextContent.Contains("112", StringComparison.Ordinal));
        // The bot's own Markdown is rendered as the patient saw it.
        Assert.Contains(page.QuerySelectorAll(".bubble.bot strong"), b => b.TextContent == "Call an ambulance now.");
    }

    [Fact]
    public async Task Markup_a_patient_typed_is_shown_as_text_and_never_runs_in_the_console()
    {
        var patient = await PatientSaysAsync("<img src=x onerror=alert(1)> **my back is numb**");
        using var otto = await SignedInAsOttoAsync();
        var (_, page) = await otto.PageAsync($"/operator/conversations/{patient.ConversationId}");
        var said = page.QuerySelector(".bubble.patient")!;
        Assert.Empty(said.QuerySelectorAll("img, strong"));
        Assert.Equal("<img src=x onerror=alert(1)> **my back is numb**", said.QuerySelector(".said")!.TextContent);
    }

    [Fact]
    public async Task An_operator_marks_a_conversation_reviewed_and_adds_notes_which_the_list_and_page_then_show()
    {
        var patient = await PatientSaysAsync("My neck is numb and I have a fever of 38.5");
        using var otto = await SignedInAsOttoAsync();
        var path = $"/operator/conversations/{patient.ConversationId}";

        using var reviewed = await otto.SubmitAsync(path, new Dictionary<string, string>(), form: 0);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        using var noted = await otto.SubmitAsync(path, new Dictionary<string, string> { ["notes"] = "Called back, booked for tomorrow." }, form: 1);
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);

        var (_, page) = await otto.PageAsync(path);
        Assert.StartsWith("yes, by otto", page.QuerySelector("#reviewed")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Called back, booked for tomorrow.", page.QuerySelector("textarea[name=notes]")!.TextContent);
        var (_, done) = await otto.PageAsync($"/operator?reviewed=yes&search={patient.ConversationId}");
        Assert.Single(done.QuerySelectorAll("#conversations tr"));
        var (_, waiting) = await otto.PageAsync($"/operator?reviewed=no&search={patient.ConversationId}");
        Assert.Empty(waiting.QuerySelectorAll("#conversations tr"));
    }

    [Fact]
    public async Task Search_finds_a_conversation_by_the_patients_words_by_a_finding_and_by_its_id()
    {
        var patient = await PatientSaysAsync("Немеет поясница после работы в саду", "ru-RU");
        using var otto = await SignedInAsOttoAsync();
        foreach (var search in new[] { "работы в саду", "numbness", patient.ConversationId[..12] })
        {
            var (_, list) = await otto.PageAsync($"/operator?locale=ru&search={Uri.EscapeDataString(search)}");
            Assert.Contains(list.QuerySelectorAll("#conversations a"), a => a.GetAttribute("href") == $"/operator/conversations/{patient.ConversationId}");
        }

        var (_, english) = await otto.PageAsync($"/operator?locale=en&search={Uri.EscapeDataString("работы в саду")}");
        Assert.Empty(english.QuerySelectorAll("#conversations tr"));
    }

    [Fact]
    public async Task The_date_range_channel_and_disposition_filters_narrow_the_list()
    {
        var patient = await PatientSaysAsync("My lower back aches when I sit");
        using var otto = await SignedInAsOttoAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var link = $"/operator/conversations/{patient.ConversationId}";

        async Task<bool> Listed(string query)
        {
            var (_, list) = await otto.PageAsync($"/operator?{query}");
            return list.QuerySelectorAll("#conversations a").Any(a => a.GetAttribute("href") == link);
        }

        Assert.True(await Listed($"from={today}&to={today}&channel=emulator"));
        Assert.False(await Listed($"from={tomorrow}"));
        Assert.False(await Listed($"to={DateTime.UtcNow.AddDays(-1):yyyy-MM-dd}"));
        Assert.False(await Listed("channel=directline"));
        Assert.False(await Listed("disposition=emergency"));
    }

    [Fact]
    public async Task The_csv_export_lists_the_filtered_conversations_without_the_patients_words()
    {
        var patient = await PatientSaysAsync("Chest pressure and my lower back is numb, Zanzibar here");
        using var otto = await SignedInAsOttoAsync();
        using var response = await otto.GetAsync("/operator/export?disposition=emergency");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("conversation_id,started_at_utc,channel,locale,disposition", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines, l => l.StartsWith(patient.ConversationId, StringComparison.Ordinal));
        Assert.Contains(",emergency,", row, StringComparison.Ordinal);
        Assert.Contains("chest_pressure", row, StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Contains(",emergency,", l, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Zanzibar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_view_and_export_is_in_the_audit_log_with_who_did_it()
    {
        var patient = await PatientSaysAsync("My lower back hurts");
        using var otto = await SignedInAsOttoAsync();
        await otto.PageAsync("/operator?channel=emulator");
        await otto.PageAsync($"/operator/conversations/{patient.ConversationId}");
        using (await otto.GetAsync("/operator/export?locale=en"))
        {
        }

        using var ada = await ConsoleClient.SignedInAsync(host.BaseAddress, "ada", ConsoleHostFixture.Password);
        var (_, audit) = await ada.PageAsync("/operator/admin/audit");
        var rows = audit.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(rows, r => r[1] == "otto" && r[2] == "signed_in");
        Assert.Contains(rows, r => r[1] == "otto" && r[2] == "viewed_list" && r[4].Contains("channel=emulator", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[1] == "otto" && r[2] == "viewed_conversation" && r[3] == patient.ConversationId);
        Assert.Contains(rows, r => r[1] == "otto" && r[2] == "exported_csv" && r[4].Contains("locale=en", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[1] == "ada" && r[2] == "viewed_audit");
    }

    [Fact]
    public async Task A_new_emergency_reaches_the_open_list_through_the_console_json()
    {
        using var otto = await SignedInAsOttoAsync();
        var (_, list) = await otto.PageAsync("/operator");
        var drawnAt = list.QuerySelector("#live")!.GetAttribute("data-since")!;

        var patient = await PatientSaysAsync("I cannot feel my legs and I wet myself");

        using var response = await otto.GetAsync($"/operator/api/emergencies?after={Uri.EscapeDataString(drawnAt)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var emergencies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Contains(emergencies, e => e!["id"]!.GetValue<string>() == patient.ConversationId);

        using var ada = await ConsoleClient.SignedInAsync(host.BaseAddress, "ada", ConsoleHostFixture.Password);
        var (_, audit) = await ada.PageAsync("/operator/admin/audit?action=viewed_list");
        Assert.Contains(audit.QuerySelectorAll("tbody tr"), r => r.Children[1].TextContent == "otto" && r.Children[4].TextContent.EndsWith("new emergencies (live)", StringComparison.Ordinal));
    }

    /// <summary>A patient, in a conversation of their own, says something over /api/messages.</summary>
    private async Task<Patient> PatientSaysAsync(string text, string locale = "en-US")
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var patient = new Patient(http, locale);
        await patient.SayAsync(text);
        return patient;
    }

    private Task<ConsoleClient> SignedInAsOttoAsync() => ConsoleClient.SignedInAsync(host.BaseAddress, "otto", ConsoleHostFixture.Password);
}
