using System.Text.Encodings.Web;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace TriageBot.Web.Operators;

/// <summary>
/// A bubble's inside as HTML: the patient's words encoded, with the findings' words in &lt;mark&gt;; the bot's
/// messages rendered from their Markdown as the patient saw them (raw HTML in them is not passed through).
/// </summary>
public static class BubbleHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static IHtmlContent Of(ChatBubble bubble)
    {
        ArgumentNullException.ThrowIfNull(bubble);
        if (!bubble.FromPatient)
            return new HtmlString(Markdown.ToHtml(string.Concat(bubble.Pieces.Select(p => p.Text)), Pipeline));
        var html = new HtmlContentBuilder();
        html.AppendHtml("<p class=\"said\">");
        foreach (var piece in bubble.Pieces)
        {
            if (piece.Finding is null)
            {
                html.Append(piece.Text);
                continue;
            }

            var finding = HtmlEncoder.Default.Encode(piece.Finding);
            html.AppendHtml($"<mark class=\"finding{(piece.Denied ? " denied" : "")}\" data-finding=\"{finding}\" title=\"{(piece.Denied ? "denied: " : "")}{finding}\">");
            html.Append(piece.Text);
            html.AppendHtml("</mark>");
        }

        return html.AppendHtml("</p>");
    }
}
