using System.Text;
using Microsoft.Bot.Builder;
using TriageBot.Storage;
using TriageBot.Storage.Audit;
using TriageBot.Storage.Conversations;
using TriageBot.Storage.Transcripts;
using TriageBot.Web.Records;

namespace TriageBot.Web.Tests.Records;

/// <summary>"Forget me" and the retention period leave nothing of a conversation; the audit log keeps only that it happened.</summary>
public sealed class ConversationRecordsTests : IDisposable
{
    private const string Words = "My lower back is numb since I lifted Quillfeather's piano";
    private readonly TempFolder _data = new();
    private readonly InProcessHost _host;

    public ConversationRecordsTests() => _host = new InProcessHost(_data.Path);

    [Fact]
    public async Task A_conversation_is_kept_as_transcript_and_triage_record_with_the_words_that_gave_each_finding()
    {
        var patient = new Patient(_host.CreateClient());
        await patient.SayAsync(Words);

        var transcript = await _host.Get<TranscriptStore>().ReadAllAsync(patient.ConversationId);
        Assert.Contains(transcript, a => a.Text == Words && a.From.Role == "user");
        Assert.Contains(transcript, a => a.From.Role == "bot" && a.ReplyToId is not null);
        var record = await _host.Get<ConversationIndex>().FindAsync(patient.ConversationId);
        Assert.NotNull(record);
        Assert.Equal("emulator", record.ChannelId);
        Assert.Equal("en", record.Locale);
        Assert.Contains(record.Heard, h => h.Finding == "numbness" && Words.Contains(h.Words, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Forget_me_deletes_transcript_triage_record_state_and_direct_line_log_and_audits_it_without_words()
    {
        var (patient, directLine) = await SayOnBothChannelsAsync();

        await patient.SayAsync("forget me");
        await directLine.SayAsync("forget me", "en-US");

        foreach (var conversation in new[] { patient.ConversationId, directLine.ConversationId })
            await AssertNothingLeftAsync(conversation);
        var (directLineLog, _) = await _host.Get<DirectLineLog>().ReadAsync(directLine.ConversationId, 0);
        Assert.DoesNotContain(directLineLog, a => a.Contains("Quillfeather", StringComparison.Ordinal));
        var audit = await _host.Get<AuditLog>().ReadAsync(100, AuditActions.ForgottenByPatient);
        Assert.Contains(audit, e => e.Subject == patient.ConversationId && e.Actor == "patient");
        Assert.Contains(audit, e => e.Subject == directLine.ConversationId);
        Assert.DoesNotContain(audit, e => $"{e.Subject}{e.Detail}".Contains("Quillfeather", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_retention_job_deletes_a_conversation_after_the_retention_period_and_not_before()
    {
        var (patient, directLine) = await SayOnBothChannelsAsync();
        var retention = _host.Get<RetentionJob>();
        var now = DateTimeOffset.UtcNow;

        Assert.Equal(0, await retention.SweepAsync(now.AddDays(89), CancellationToken.None));
        Assert.NotNull(await _host.Get<ConversationIndex>().FindAsync(patient.ConversationId));

        Assert.Equal(2, await retention.SweepAsync(now.AddDays(91), CancellationToken.None));
        foreach (var conversation in new[] { patient.ConversationId, directLine.ConversationId })
            await AssertNothingLeftAsync(conversation);
        Assert.Equal(0L, await _host.Get<DirectLineLog>().LastWatermarkAsync(directLine.ConversationId));
        var audit = await _host.Get<AuditLog>().ReadAsync(100, AuditActions.DeletedByRetention);
        Assert.Equal(2, audit.Count);
        Assert.All(audit, e => Assert.Equal("system", e.Actor));
    }

    [Fact]
    public async Task Operator_notes_and_the_transcript_are_not_in_the_clear_in_any_file_of_the_data_folder()
    {
        var patient = new Patient(_host.CreateClient());
        await patient.SayAsync(Words);
        Assert.True(await _host.Get<ConversationIndex>().SetNotesAsync(patient.ConversationId, "Mrs Thistlewood called back"));
        Assert.Equal("Mrs Thistlewood called back", (await _host.Get<ConversationIndex>().FindAsync(patient.ConversationId))!.Notes);

        foreach (var file in Directory.GetFiles(_data.Path, "*", SearchOption.AllDirectories))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            foreach (var secret in new[] { "Quillfeather", "Thistlewood" })
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{Path.GetFileName(file)} holds \"{secret}\" in the clear");
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        _data.Dispose();
    }

    /// <summary>The same words on /api/messages and on Direct Line, one conversation each.</summary>
    private async Task<(Patient Patient, DirectLineClient DirectLine)> SayOnBothChannelsAsync()
    {
        var http = _host.CreateClient();
        var patient = new Patient(http);
        await patient.SayAsync(Words);
        var directLine = new DirectLineClient(http, InProcessHost.DirectLineSecret);
        await directLine.StartAsync();
        await directLine.SayAsync(Words, "en-US");
        return (patient, directLine);
    }

    private async Task AssertNothingLeftAsync(string conversationId)
    {
        Assert.Empty(await _host.Get<TranscriptStore>().ReadAllAsync(conversationId));
        Assert.Null(await _host.Get<ConversationIndex>().FindAsync(conversationId));
        var state = await _host.Get<IStorage>().ReadAsync([$"emulator/conversations/{conversationId}", $"directline/conversations/{conversationId}"]);
        Assert.Empty(state);
    }
}
