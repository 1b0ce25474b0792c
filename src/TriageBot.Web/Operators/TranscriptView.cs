using Microsoft.Bot.Schema;
using TriageBot.Storage.Conversations;

namespace TriageBot.Web.Operators;

/// <summary>The transcript as chat bubbles, with the words that gave each finding marked where they were said.</summary>
public static class TranscriptView
{
    public static IReadOnlyList<ChatBubble> Bubbles(IEnumerable<Activity> activities, ConversationSummary? summary)
    {
        var marks = (summary?.Heard.Select(h => (h.Words, h.Finding, Denied: false)) ?? [])
            .Concat(summary?.Denied.Select(h => (h.Words, h.Finding, Denied: true)) ?? [])
            .Where(m => m.Words.Length > 0)
            .ToList();
        return [.. activities
            .Where(a => a.Type == ActivityTypes.Message && !string.IsNullOrEmpty(a.Text))
            .Select(a =>
            {
                var fromPatient = a.From?.Role != RoleTypes.Bot;
                return new ChatBubble(fromPatient, a.Timestamp, fromPatient ? Marked(a.Text, marks) : [new TextPiece(a.Text)]);
            })];
    }

    /// <summary>Splits the text at each finding's words; where two overlap, the one said first wins.</summary>
    public static IReadOnlyList<TextPiece> Marked(string text, IReadOnlyList<(string Words, string Finding, bool Denied)> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var found = new List<(int Start, int Length, string Finding, bool Denied)>();
        foreach (var (words, finding, denied) in marks)
        {
            for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + words.Length, StringComparison.OrdinalIgnoreCase))
                found.Add((at, words.Length, finding, denied));
        }

        var pieces = new List<TextPiece>();
        var position = 0;
        foreach (var mark in found.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (mark.Start < position)
                continue;
            if (mark.Start > position)
                pieces.Add(new TextPiece(text[position..mark.Start]));
            pieces.Add(new TextPiece(text.Substring(mark.Start, mark.Length), mark.Finding, mark.Denied));
            position = mark.Start + mark.Length;
        }

        if (position < text.Length)
            pieces.Add(new TextPiece(text[position..]));
        return pieces;
    }
}
