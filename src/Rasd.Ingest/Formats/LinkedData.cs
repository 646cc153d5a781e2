using System.Text.Json;
using AngleSharp.Dom;

namespace Rasd.Ingest.Formats;

/// <summary>
/// What a page's JSON-LD says of its article: the first NewsArticle, Article (or a kind of them)
/// found at the top, in an array or in an «@graph», with its datePublished and its publisher's name
/// (given in place, or by «@id» as another node of the graph). Malformed JSON-LD is passed over.
/// </summary>
internal sealed record LinkedData(string? DatePublished, string? Publisher)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
        "BlogPosting", "LiveBlogPosting",
    };

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static LinkedData Of(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            JsonDocument json;
            try { json = JsonDocument.Parse(script.TextContent, Options); }
            catch (JsonException) { continue; }
            using (json)
            {
                var nodes = Nodes(json.RootElement).ToList();
                if (nodes.FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } article)
                    return new LinkedData(FirstString(article, "datePublished"), PublisherName(article, nodes));
            }
        }
        return new LinkedData(null, null);
    }

    /// <summary>Every object of the JSON-LD: the root, the items of arrays, the nodes of «@graph».</summary>
    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var node in Nodes(item)) yield return node;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var node in Nodes(graph)) yield return node;
        }
    }

    /// <summary>«@type» as a name or a list of names, bare or as an address («https://schema.org/NewsArticle»).</summary>
    private static bool IsArticle(JsonElement node) =>
        node.TryGetProperty("@type", out var type) && Strings(type).Any(t => ArticleTypes.Contains(t[(t.LastIndexOfAny(['/', ':']) + 1)..]));

    private static string? PublisherName(JsonElement article, List<JsonElement> nodes)
    {
        if (!article.TryGetProperty("publisher", out var publisher)) return null;
        if (publisher.ValueKind == JsonValueKind.Array) publisher = publisher.EnumerateArray().FirstOrDefault();
        if (publisher.ValueKind == JsonValueKind.String) return NonEmpty(publisher.GetString());
        if (publisher.ValueKind != JsonValueKind.Object) return null;
        if (FirstString(publisher, "name") is { } name) return name;
        var id = FirstString(publisher, "@id");
        return id is null ? null : nodes.Where(n => FirstString(n, "@id") == id).Select(n => FirstString(n, "name")).FirstOrDefault(n => n is not null);
    }

    private static string? FirstString(JsonElement node, string property) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(property, out var value) ? Strings(value).Select(NonEmpty).FirstOrDefault(s => s is not null) : null;

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!),
        _ => [],
    };

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
