using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Ingest.Formats;

/// <summary>
/// Saved news web pages: the article's text (by SmartReader's port of Readability, or, where it
/// finds nothing, the page's article element or the block with the most paragraph text) without
/// menus, footers, share buttons, related links or scripts; its headline, canonical address,
/// outlet, and publication date from the page's machine-readable metadata. A date written only in
/// the visible text is left to the analysis, which reads such lines.
/// </summary>
public sealed partial class HtmlFormat : ISourceFormat
{
    private const int MaxHeadlineWords = 5; // a «<title>» suffix longer than this is no site name
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static HtmlFormat() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public string Name => "html";

    private static readonly string[] HtmlTags = ["!doctype html", "html", "head", "body", "meta"];

    public bool Recognizes(ReadOnlySpan<byte> head, string name)
    {
        var text = MarkupHead.AsText(head);
        if (MarkupHead.FirstTag(text) is not { } tag) return false;
        if (HtmlTags.Contains(tag)) return true;
        // A page that opens with a script, a link or a fragment: its name, or its html/head/body tags a little later.
        return name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase) || LaterHtmlTag().IsMatch(text);
    }

    public IEnumerable<ReadResult> Read(SourceFile file)
    {
        byte[] bytes;
        try { bytes = file.ReadAllBytes(SourceReader.MaxFileBytes); }
        catch (IOException e) { return [ReadResult.Failed(file.Name, e.Message)]; }
        var page = HtmlPage.Read(Decode(bytes));
        if (page.Text is null) return [ReadResult.Failed(file.Name, "no article text found in the page")];
        var text = page.Title is { } title && !page.Text.StartsWith(title, StringComparison.Ordinal) ? title + "\n" + page.Text : page.Text;
        var document = SourceReader.FromText(StableId.OfBytes(bytes), file.Name, text) with
        {
            Title = page.Title ?? SourceReader.TitleOf(text),
            Outlet = page.Outlet,
            Url = page.Url,
            Published = page.Published is { } day ? new PublishedDate(DateValue.Day(day), DateSource.Meta) : PublishedDate.Unknown,
        };
        return [ReadResult.Ok(file.Name, document)];
    }

    /// <summary>
    /// The page's characters: by its BOM, else the charset its meta (or XML declaration) names, else
    /// UTF-8; UTF-8 that does not decode is read as the single-byte Arabic encoding that gives more
    /// Arabic letters.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (span.StartsWith(new byte[] { 0xFF, 0xFE })) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (span.StartsWith(new byte[] { 0xFE, 0xFF })) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var declared = DeclaredEncoding(span[..Math.Min(span.Length, 8192)]);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage) return declared.GetString(bytes);
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return LegacyArabic(bytes); }
    }

    /// <summary>The encoding a «meta charset», a «meta http-equiv content-type» or an XML declaration names; a UTF-16 one is read as UTF-8, as browsers do.</summary>
    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        var match = DeclaredCharset().Match(Encoding.Latin1.GetString(head));
        if (!match.Success) return null;
        try
        {
            var encoding = Encoding.GetEncoding(match.Groups["name"].Value);
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException) { return null; } // a name .NET does not know
    }

    private static string LegacyArabic(byte[] bytes)
    {
        var windows = Encoding.GetEncoding(1256).GetString(bytes);
        var iso = Encoding.GetEncoding("iso-8859-6").GetString(bytes);
        return ArabicLetters(iso) > ArabicLetters(windows) ? iso : windows;
    }

    private static int ArabicLetters(string text) => text.Count(c => c is >= '\u0621' and <= '\u064A');

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*(?<name>[A-Za-z0-9._:-]+)|<\?xml[^>]*?encoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeclaredCharset();

    [GeneratedRegex("<(html|head|body|meta)[\\s>/]", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LaterHtmlTag();

    /// <summary>What a page gives: the article's text (null when it has none) and its metadata.</summary>
    public sealed record HtmlPage(string? Text, string? Title, string? Outlet, string? Url, DateOnly? Published)
    {
        private static readonly string[] DateMetas =
            ["pubdate", "publishdate", "publish-date", "date", "DC.date.issued", "dcterms.issued", "og:published_time", "datePublished"];

        private static readonly string[] TitleSeparators = [" | ", " || ", " – ", " — ", " :: ", " - "];

        /// <summary>Reads the page: its metadata first, as the extraction changes the document.</summary>
        public static HtmlPage Read(string html)
        {
            var parser = new HtmlParser();
            var document = parser.ParseDocument(html);
            var linkedData = LinkedData.Of(document);
            var url = AbsoluteUrl(Canonical(document)) ?? AbsoluteUrl(Meta(document, "og:url"));
            var outlet = Meta(document, "og:site_name") ?? linkedData.Publisher ?? HostOf(url);
            var title = TitleOf(document, outlet);
            var published = Date(Meta(document, "article:published_time")) ?? Date(linkedData.DatePublished)
                ?? Date(document.QuerySelectorAll("article time[datetime]").Select(t => t.GetAttribute("datetime")).FirstOrDefault(d => Date(d) is not null))
                ?? DateMetas.Select(name => Date(Meta(document, name))).FirstOrDefault(d => d is not null);
            var text = Readability(document, url) ?? ArticleHeuristics.Text(parser.ParseDocument(html));
            return new HtmlPage(string.IsNullOrWhiteSpace(text) ? null : text, title, outlet, url, published);
        }

        private static string? Canonical(IDocument document) =>
            document.QuerySelectorAll("link[rel][href]")
                .FirstOrDefault(l => l.GetAttribute("rel")!.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))?.GetAttribute("href");

        /// <summary>The content of the first meta whose property, name or itemprop is <paramref name="key"/>.</summary>
        private static string? Meta(IDocument document, string key) =>
            document.QuerySelectorAll("meta[content]")
                .Where(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop"), key, StringComparison.OrdinalIgnoreCase))
                .Select(m => m.GetAttribute("content")!.Trim()).FirstOrDefault(c => c.Length > 0);

        private static DateOnly? Date(string? value) => MetadataDate.Parse(value);

        private static string? AbsoluteUrl(string? href) =>
            Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;

        private static string? HostOf(string? url)
        {
            if (url is null) return null;
            var host = new Uri(url).Host;
            return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        }

        /// <summary>og:title, the article's h1, or the page's title, without the site's name beside it.</summary>
        private static string? TitleOf(IDocument document, string? outlet)
        {
            if (Meta(document, "og:title") is { } og) return WithoutSiteName(og, outlet, onlyKnown: true);
            var h1 = document.QuerySelector("article h1") ?? document.QuerySelector("h1");
            if (h1 is not null && HtmlText.Of(h1) is { Length: > 0 } headline) return headline;
            return document.Title is { } title && Collapse(title) is { Length: > 0 } collapsed ? WithoutSiteName(collapsed, outlet, onlyKnown: false) : null;
        }

        /// <summary>
        /// «Headline | Site» or «Site | Headline» without the site: the outlet's name where it is known;
        /// else, unless <paramref name="onlyKnown"/>, a short last part after the first separator found.
        /// </summary>
        private static string WithoutSiteName(string title, string? outlet, bool onlyKnown)
        {
            foreach (var separator in TitleSeparators)
            {
                var last = title.LastIndexOf(separator, StringComparison.Ordinal);
                if (last <= 0) continue;
                string head = title[..last].Trim(), tail = title[(last + separator.Length)..].Trim();
                var first = title.IndexOf(separator, StringComparison.Ordinal);
                if (outlet is not null && string.Equals(title[..first].Trim(), outlet, StringComparison.OrdinalIgnoreCase)) return title[(first + separator.Length)..].Trim();
                if (outlet is not null && string.Equals(tail, outlet, StringComparison.OrdinalIgnoreCase)) return head;
                if (!onlyKnown && head.Length > 0 && tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadlineWords) return head;
                return title;
            }
            return title;
        }

        private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        /// <summary>
        /// The article by SmartReader's Readability; null when it finds none, or fails: a fault in a
        /// library's heuristics should cost this page its best extraction, not end a whole run.
        /// </summary>
        private static string? Readability(IHtmlDocument document, string? url)
        {
            try
            {
                using var reader = new SmartReader.Reader(url ?? "https://localhost/", document);
                var article = reader.GetArticle();
                return article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) && HtmlText.FromHtml(article.Content) is { Length: > 0 } text ? text : null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return null;
            }
        }
    }
}
