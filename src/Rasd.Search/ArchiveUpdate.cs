using Rasd.Core.Model;
using Rasd.Core.Pipeline;
using Rasd.Fusion;
using Rasd.Storage;

namespace Rasd.Search;

/// <summary>
/// Brings a data folder up to date once documents were added to its store and index: entities and
/// events fused again over everything stored, and the index committed. Both <c>rasd analyze</c> and
/// the API's write route end this way.
/// </summary>
public static class ArchiveUpdate
{
    /// <summary>
    /// Fuses the store. Undated documents that report an event other documents date get that date,
    /// inferred; they are analyzed again (<paramref name="analyze"/>), so that their relative dates
    /// («أمس») are placed from it, and the store is fused once more.
    /// </summary>
    public static FusedResult Fuse(SqliteStore store, SearchIndex index, Fuser fuser, Func<Document, AnalyzedDocument> analyze)
    {
        var fused = store.Fuse(fuser);
        if (DateFromOtherReports(store, index, fused, analyze) > 0) fused = store.Fuse(fuser);
        index.Commit();
        return fused;
    }

    private static int DateFromOtherReports(SqliteStore store, SearchIndex index, FusedResult fused, Func<Document, AnalyzedDocument> analyze)
    {
        var documents = store.Documents();
        var inferred = CrossDocumentDating.Infer(fused.Events, documents.ToDictionary(d => d.Document.Id, d => d.Published, StringComparer.Ordinal));
        if (inferred.Count == 0) return 0;
        var again = documents.Where(d => inferred.ContainsKey(d.Document.Id)).Select(d => analyze(d.Document with { Published = inferred[d.Document.Id] })).ToList();
        store.Save(again);
        index.Add(again.Select(IndexedDocument.From));
        return again.Count;
    }
}
