using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Rasd.Ingest.Formats;

/// <summary>
/// The article of a page where Readability finds none: with the page's navigation, headers,
/// footers, asides and share, related and comment blocks removed, the element marked as the
/// article's body, else the article element with the most paragraph text, else the element whose
/// paragraphs hold the most text. Null when the page has none of these.
/// </summary>
public static partial class ArticleHeuristics
{
    private static readonly string[] BoilerplateRoles = ["navigation", "banner", "contentinfo", "complementary", "menu", "search"];

    public static string? Text(IDocument document)
    {
        RemoveBoilerplate(document);
        var root = document.QuerySelectorAll("[itemprop=articleBody]").FirstOrDefault()
            ?? document.QuerySelectorAll("article").MaxBy(ParagraphText)
            ?? MostParagraphText(document);
        return root is null ? null : HtmlText.Of(root) is { Length: > 0 } text ? text : null;
    }

    private static void RemoveBoilerplate(IDocument document)
    {
        var boilerplate = document.QuerySelectorAll("script, style, noscript, template, iframe, nav, aside, footer, header, menu")
            .Where(e => e.LocalName != "header" || e.Closest("article") is null) // an article's own header holds its headline
            .Concat(document.QuerySelectorAll("[role], [class], [id]").Where(IsBoilerplate))
            .ToList();
        foreach (var element in boilerplate) element.Remove();
    }

    private static bool IsBoilerplate(IElement element) =>
        BoilerplateRoles.Contains(element.GetAttribute("role"), StringComparer.OrdinalIgnoreCase)
        || element.LocalName is not ("html" or "body" or "article")
            && BoilerplateName().IsMatch((element.GetAttribute("class") ?? "") + " " + (element.GetAttribute("id") ?? ""));

    private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Trim().Length);

    private static IElement? MostParagraphText(IDocument document) =>
        document.QuerySelectorAll("p").Where(p => p.ParentElement is not null)
            .GroupBy(p => p.ParentElement!)
            .Select(g => (Parent: g.Key, Length: g.Sum(p => p.TextContent.Trim().Length)))
            .Where(g => g.Length > 0)
            .OrderByDescending(g => g.Length).Select(g => g.Parent).FirstOrDefault();

    /// <summary>Class and id words of page furniture: «share-buttons», «related_posts», «comments», «site-footer» …</summary>
    [GeneratedRegex(@"(^|[\s_-])(share|sharing|social|related|comments?|menu|nav|navbar|navigation|footer|breadcrumbs?|sidebar|widget|ads?|advert\w*|newsletter|subscribe|promo|popup|cookies?|most-?read|tags)($|[\s_-])",
        RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BoilerplateName();
}
