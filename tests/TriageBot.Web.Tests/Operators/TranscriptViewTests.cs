using TriageBot.Web.Operators;

namespace TriageBot.Web.Tests.Operators;

public sealed class TranscriptViewTests
{
    [Fact]
    public void The_words_of_each_finding_are_marked_where_they_stand_whatever_their_case()
    {
        var pieces = TranscriptView.Marked("Numb lower back, and NO fever", [("numb", "numbness", false), ("lower back", "lumbar", false), ("fever", "fever", true)]);
        Assert.Equal(
            [("Numb", "numbness", false), (" ", null, false), ("lower back", "lumbar", false), (", and NO ", null, false), ("fever", "fever", true)],
            pieces.Select(p => (p.Text, p.Finding, p.Denied)));
    }

    [Fact]
    public void Overlapping_words_are_marked_once_so_no_text_is_shown_twice()
    {
        var pieces = TranscriptView.Marked("pressure in my chest", [("pressure in my chest", "chest_pressure", false), ("chest", "chest_pain", false)]);
        Assert.Equal("pressure in my chest", string.Concat(pieces.Select(p => p.Text)));
        Assert.Equal("chest_pressure", Assert.Single(pieces).Finding);
    }

    [Fact]
    public void Text_without_findings_is_one_plain_piece()
    {
        var piece = Assert.Single(TranscriptView.Marked("<script>alert(1)</script>", []));
        Assert.Equal(("<script>alert(1)</script>", null), (piece.Text, piece.Finding));
    }
}
