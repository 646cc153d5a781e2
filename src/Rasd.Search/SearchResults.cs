namespace Rasd.Search;

public enum SearchSort { Relevance, Newest, Oldest }

/// <summary>A search: the query, which page of hits, how they are ordered.</summary>
public sealed record SearchRequest(string Query)
{
    public const int MaxLimit = 100;

    public int Offset { get; init; }

    public int Limit { get; init; } = 10;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Values shown per facet; 0 counts no facets.</summary>
    public int FacetSize { get; init; } = 10;
}

/// <summary>The hits of a page, how many documents match in all, and the facets of all of them.</summary>
public sealed record SearchResults(string Query, int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

public sealed record SearchHit(string Id, string? Title, string? Outlet, string? Date, string Source, string? Url, float Score, IReadOnlyList<Snippet> Snippets);

/// <summary>
/// A passage of the text as written around the query's words: <c>[Start, End)</c> and every
/// highlight are character offsets into the document's text, so a reader can show them in place.
/// </summary>
public sealed record Snippet(string Text, int Start, int End, IReadOnlyList<Highlight> Highlights);

/// <summary>A matched word, <c>[Start, End)</c> in the document's text.</summary>
public readonly record struct Highlight(int Start, int End);

/// <summary>One value of a facet and the number of matching documents that have it.</summary>
public sealed record FacetValue(string Value, int Count);
