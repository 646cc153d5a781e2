using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Rasd.Ingest.Formats;

/// <summary>
/// The plain text of HTML: text nodes only (entities decoded, markup never kept), whitespace
/// collapsed as a browser shows it, one line per paragraph, heading, list item or line break;
/// scripts, styles, forms' controls and embedded objects give no text.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Silent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "video", "audio",
        "button", "select", "textarea", "input", "head", "title",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "address", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "hr", "br", "form", "fieldset", "legend", "details", "summary", "center",
    };

    /// <summary>The text of an HTML fragment (a feed item's description, an article's content).</summary>
    public static string FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return Of(document.Body!);
    }

    /// <summary>The text of a node and what it holds.</summary>
    public static string Of(INode node)
    {
        var writer = new LineWriter();
        Walk(node, writer);
        return writer.ToString();
    }

    private static void Walk(INode node, LineWriter writer)
    {
        switch (node)
        {
            case IText text:
                writer.Append(text.Data);
                break;
            case IElement element when Silent.Contains(element.LocalName):
                break;
            case IElement element:
                var block = Blocks.Contains(element.LocalName);
                if (block) writer.Break();
                foreach (var child in element.ChildNodes) Walk(child, writer);
                if (block) writer.Break();
                break;
            default: // documents and fragments
                foreach (var child in node.ChildNodes) Walk(child, writer);
                break;
        }
    }

    /// <summary>Collapses whitespace within a line; a break ends the line when it has any text, so empty blocks leave no empty lines.</summary>
    private sealed class LineWriter
    {
        private readonly StringBuilder text = new();
        private readonly StringBuilder line = new();
        private bool pendingSpace;

        public void Append(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c)) { pendingSpace = line.Length > 0; continue; }
                if (pendingSpace) { line.Append(' '); pendingSpace = false; }
                line.Append(c);
            }
        }

        public void Break()
        {
            pendingSpace = false;
            if (line.Length == 0) return;
            if (text.Length > 0) text.Append('\n');
            text.Append(line);
            line.Clear();
        }

        public override string ToString()
        {
            Break();
            return text.ToString();
        }
    }
}
