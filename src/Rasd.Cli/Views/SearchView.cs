using Rasd.Search;
using Spectre.Console;

namespace Rasd.Cli.Views;

/// <summary>Search hits on a terminal: each with its date, outlet and title, and passages with the matched words marked.</summary>
public static class SearchView
{
    public static void Write(IAnsiConsole console, SearchResults results, SearchRequest request, TimeSpan took)
    {
        console.MarkupLineInterpolated($"[bold]{results.Total}[/] documents match «{results.Query}» ({took.TotalMilliseconds:0} ms)");
        var rank = request.Offset;
        foreach (var hit in results.Hits)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{++rank}.[/] {Markup.Escape(hit.Date ?? "undated")} · {Markup.Escape(hit.Outlet ?? "")} · [bold]{Markup.Escape(hit.Title ?? hit.Source)}[/]");
            foreach (var snippet in hit.Snippets) console.MarkupLine("   … " + Marked(snippet) + " …");
            console.MarkupLine($"   [dim]{Markup.Escape(hit.Id[..Math.Min(12, hit.Id.Length)])} {Markup.Escape(hit.Source)}[/]");
        }
        foreach (var (facet, values) in results.Facets.Where(f => f.Value.Count > 0))
            console.MarkupLine($"[dim]{facet}:[/] " + string.Join("، ", values.Select(v => $"{Markup.Escape(v.Value)} ({v.Count})")));
        if (results.Hits.Count < results.Total - request.Offset && results.Hits.Count > 0)
            console.MarkupLineInterpolated($"[dim]more: --offset {request.Offset + results.Hits.Count}[/]");
    }

    /// <summary>The passage on one line, its matched words in bold; the text is escaped, never read as markup.</summary>
    private static string Marked(Snippet snippet)
    {
        var text = snippet.Text.ReplaceLineEndings(" ");
        var parts = new List<string>();
        var at = 0;
        foreach (var h in snippet.Highlights)
        {
            var start = h.Start - snippet.Start;
            var end = h.End - snippet.Start;
            if (start < at || end > text.Length) continue;
            parts.Add(Markup.Escape(text[at..start]));
            parts.Add("[bold yellow]" + Markup.Escape(text[start..end]) + "[/]");
            at = end;
        }
        parts.Add(Markup.Escape(text[at..]));
        return string.Concat(parts);
    }
}
