using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Ingest.Formats;

/// <summary>
/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry, streamed, named
/// «feed.xml#guid» (or «#n», counting from 1), with its headline, link, the feed's title as the
/// outlet, its date, and its description or content as plain text. The XML is read with no DTD
/// and no resolver, so nothing outside the file is ever fetched; a file broken midway keeps the
/// items before the break.
/// </summary>
public sealed class FeedFormat : ISourceFormat
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = SourceReader.MaxFileBytes,
        CloseInput = false,
    };

    static FeedFormat() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // feeds declared windows-1256 or iso-8859-6

    public string Name => "feed";

    public bool Recognizes(ReadOnlySpan<byte> head, string name) =>
        MarkupHead.FirstTag(MarkupHead.AsText(head)) is { } tag && (tag is "rss" or "feed" or "rdf:rdf" or "!doctype rss" || tag.EndsWith(":feed", StringComparison.Ordinal));

    public IEnumerable<ReadResult> Read(SourceFile file)
    {
        var feedName = file.Name.Split('!')[^1].Split('/')[^1];
        using var stream = file.Open();
        using var xml = XmlReader.Create(stream, Settings);
        using var entries = Entries(xml).GetEnumerator();
        var count = 0;
        while (true)
        {
            (XElement Entry, string? Outlet)? next;
            string? error = null;
            try { next = entries.MoveNext() ? entries.Current : null; }
            catch (XmlException e) { error = $"not readable as XML: {e.Message}"; next = null; }
            catch (InvalidDataException e) { error = e.Message; next = null; }
            if (error is not null)
            {
                yield return ReadResult.Failed(file.Name, error);
                yield break;
            }
            if (next is not var (entry, outlet)) break;
            yield return Document(feedName, file.Name, ++count, entry, outlet);
        }
        if (count == 0) yield return ReadResult.Failed(file.Name, "no items in the feed");
    }

    /// <summary>Each item or entry with the feed's title as read so far (it comes before the items).</summary>
    private static IEnumerable<(XElement Entry, string? Outlet)> Entries(XmlReader xml)
    {
        xml.MoveToContent();
        var root = xml.LocalName;
        if (root is not ("rss" or "feed" or "RDF")) throw new InvalidDataException($"not an RSS or Atom feed: its root is <{xml.Name}>");
        var titleDepth = root == "feed" ? 1 : 2; // atom: feed/title; RSS: channel/title
        string? outlet = null;
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element) { xml.Read(); continue; }
            if (xml.LocalName is "item" or "entry") yield return ((XElement)XNode.ReadFrom(xml), outlet);
            else if (xml.LocalName == "title" && xml.Depth == titleDepth && outlet is null) outlet = NonEmpty(TextOf((XElement)XNode.ReadFrom(xml), html: false));
            else xml.Read();
        }
    }

    private static ReadResult Document(string feedName, string fileName, int index, XElement entry, string? outlet)
    {
        var key = NonEmpty(Child(entry, "guid")?.Value) ?? NonEmpty(Child(entry, "id")?.Value) ?? NonEmpty(Attribute(entry, "about"));
        var name = $"{fileName}#{key ?? index.ToString(CultureInfo.InvariantCulture)}";
        var title = Child(entry, "title") is { } t ? NonEmpty(TextOf(t, html: false)) : null;
        var body = new[] { "encoded", "description", "content", "summary" }.Select(n => Child(entry, n)).OfType<XElement>()
            .Select(e => TextOf(e, html: entry.Name.LocalName == "item")).FirstOrDefault(s => s.Length > 0); // RSS descriptions are HTML, Atom's untyped content text
        if (body is null) return ReadResult.Failed(name, title is null ? "no text in the item" : "no text in the item (only a title)");
        var text = title is null || body.StartsWith(title, StringComparison.Ordinal) ? body : title + "\n" + body;
        var url = Link(entry);
        var published = new[] { "pubDate", "published", "date", "updated" }.Select(n => MetadataDate.Parse(Child(entry, n)?.Value)).FirstOrDefault(d => d is not null);
        var document = SourceReader.FromText(StableId.Of(feedName, key ?? url ?? index.ToString(CultureInfo.InvariantCulture), text), name, text) with
        {
            Title = title ?? SourceReader.TitleOf(text),
            Outlet = outlet,
            Url = url,
            Published = published is { } day ? new PublishedDate(DateValue.Day(day), DateSource.Meta) : PublishedDate.Unknown,
        };
        return ReadResult.Ok(name, document);
    }

    /// <summary>RSS «link», Atom «link rel=alternate href», or a guid that is a permalink; absolute web addresses only.</summary>
    private static string? Link(XElement entry)
    {
        var candidates = entry.Elements().Where(e => e.Name.LocalName == "link")
            .OrderBy(e => Attribute(e, "rel") is null or "alternate" ? 0 : 1)
            .Select(e => Attribute(e, "href") ?? e.Value)
            .Append(Child(entry, "guid") is { } guid && Attribute(guid, "isPermaLink") != "false" ? guid.Value : null);
        return candidates.Select(c => Uri.TryCreate(c?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null)
            .FirstOrDefault(u => u is not null);
    }

    /// <summary>
    /// The text of an element. Atom says what it holds («text», «html», «xhtml»); an RSS description
    /// is HTML (<paramref name="html"/>), an RSS title text with entities. Atom content given by
    /// address («src») has no text here.
    /// </summary>
    private static string TextOf(XElement element, bool html)
    {
        if (Attribute(element, "src") is not null) return "";
        return Attribute(element, "type")?.ToLowerInvariant() switch
        {
            "html" or "text/html" => HtmlText.FromHtml(element.Value),
            "xhtml" or "application/xhtml+xml" => HtmlText.FromHtml(string.Concat(element.Nodes())),
            "text" or "text/plain" => Lines(element.Value),
            _ when html => HtmlText.FromHtml(element.Value),
            _ => Lines(WebUtility.HtmlDecode(element.Value)),
        };
    }

    /// <summary>Plain text as lines, each with its whitespace collapsed, empty ones dropped.</summary>
    private static string Lines(string text) =>
        string.Join('\n', text.Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0));

    private static XElement? Child(XElement element, string localName) => element.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Attribute(XElement element, string localName) => element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
