using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Rasd.Search;

/// <summary>
/// The search index of a data folder (<c>DIR/index</c>), Lucene.NET on disk. Writing replaces a
/// document of the same id, so indexing again is idempotent. Searches may run on many threads while
/// nothing is written: a change reopens the reader and closes the old one under a search still using it.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const string FolderName = "index";

    // BM25 saturates a word said ten times in a long article, where TF-IDF lets it outrank a short one on the subject.
    private static readonly BM25Similarity Ranking = new();
    private readonly FSDirectory _directory;
    private readonly IndexWriter? _writer;
    private DirectoryReader? _reader;
    private readonly System.Threading.Lock _readerLock = new();

    private SearchIndex(FSDirectory directory, IndexWriter? writer)
    {
        _directory = directory;
        _writer = writer;
    }

    public static string PathIn(string dataDir) => Path.Combine(dataDir, FolderName);

    public static bool ExistsIn(string dataDir) =>
        System.IO.Directory.Exists(PathIn(dataDir)) && DirectoryReader.IndexExists(Open(dataDir));

    /// <summary>Opens the index for writing (and searching), creating it if needed; <paramref name="fresh"/> empties it first.</summary>
    public static SearchIndex OpenForWriting(string dataDir, bool fresh = false)
    {
        var directory = Open(dataDir);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new RasdAnalyzer())
        {
            OpenMode = fresh ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            Similarity = Ranking,
        };
        return new SearchIndex(directory, new IndexWriter(directory, config));
    }

    /// <summary>Opens an index for searching (and, <paramref name="forWriting"/>, writing); a clear error when the data folder has none.</summary>
    public static SearchIndex OpenExisting(string dataDir, bool forWriting = false)
    {
        if (!ExistsIn(dataDir))
            throw new FileNotFoundException($"No search index in '{dataDir}': run 'rasd analyze PATH --data {dataDir}' or 'rasd index --data {dataDir}' first.");
        return forWriting ? OpenForWriting(dataDir) : new SearchIndex(Open(dataDir), null);
    }

    // Memory-mapped: reads cost no system call each (NIOFSDirectory's small buffered reads made indexing crawl).
    private static FSDirectory Open(string dataDir) => new MMapDirectory(new DirectoryInfo(PathIn(dataDir)));

    /// <summary>Adds documents, replacing those of the same ids.</summary>
    public void Add(IEnumerable<IndexedDocument> documents)
    {
        var writer = _writer ?? throw new InvalidOperationException("The index was opened for searching only.");
        foreach (var d in documents) writer.UpdateDocument(new Term(Fields.Id, d.Document.Id), d.ToLucene());
    }

    public void Commit() => _writer?.Commit();

    /// <summary>Documents in the index, as of the last commit.</summary>
    public int Count => Reader().NumDocs;

    public SearchResults Search(SearchRequest request, QueryReader? queries = null, Func<string, string?>? entityOfKey = null)
    {
        if (request.Limit is < 0 or > SearchRequest.MaxLimit) throw new ArgumentException($"A page holds 0 to {SearchRequest.MaxLimit} hits, not {request.Limit}.");
        if (request.Offset < 0) throw new ArgumentException($"The offset must not be negative, not {request.Offset}.");
        var query = (queries ?? new QueryReader()).Read(request.Query);
        var searcher = new IndexSearcher(Reader()) { Similarity = Ranking };
        var wanted = Math.Max(1, request.Offset + request.Limit);
        ITopDocsCollector top = request.Sort == SearchSort.Relevance
            ? TopScoreDocCollector.Create(wanted, true)
            : TopFieldCollector.Create(new Sort(new SortField(Fields.DateSort, SortFieldType.INT64, request.Sort == SearchSort.Newest)), wanted, false, true, false, true);
        var facets = request.FacetSize > 0 ? new FacetCounter(LabelsFor(entityOfKey)) : null;
        searcher.Search(query, facets is null ? (ICollector)top : MultiCollector.Wrap(top, facets));
        var topDocs = top.GetTopDocs(request.Offset, request.Limit);
        var words = WordsOf(searcher, query);
        var hits = topDocs.ScoreDocs.Select(sd => Hit(searcher.Doc(sd.Doc), sd.Score, words)).ToList();
        // The collector counts every hit; a page of none (limit 0, to count) has no TopDocs total.
        return new SearchResults(request.Query, top.TotalHits, hits, facets?.Top(request.FacetSize) ?? new Dictionary<string, IReadOnlyList<FacetValue>>());
    }

    // Facet labels are read once per segment for each way of naming keys (a store's entities, or none).
    private readonly FacetLabels _plainLabels = new(null);
    private readonly ConditionalWeakTable<Func<string, string?>, FacetLabels> _labels = new();

    private FacetLabels LabelsFor(Func<string, string?>? entityOfKey) =>
        entityOfKey is null ? _plainLabels : _labels.GetValue(entityOfKey, f => new FacetLabels(f));

    private static SearchHit Hit(Lucene.Net.Documents.Document doc, float score, QueryWords words)
    {
        var text = doc.Get(Fields.Text) ?? "";
        return new SearchHit(doc.Get(Fields.Id), doc.Get(Fields.Title), doc.Get(Fields.Outlet), doc.Get(Fields.Date), doc.Get(Fields.Source),
            doc.Get(Fields.Url), float.IsNaN(score) ? 0 : score, SnippetMaker.Make(text, words));
    }

    /// <summary>
    /// The words the query looks for in the text (names too: they are words of the text), and the
    /// beginnings its prefix queries look for («زيار*»). Dates, types, ids and outlets mark no word.
    /// </summary>
    private static QueryWords WordsOf(IndexSearcher searcher, Query query)
    {
        var words = new QueryWords(new HashSet<string>(StringComparer.Ordinal), []);
        Walk(query);
        return words;

        void Walk(Query q)
        {
            switch (q)
            {
                case BooleanQuery b:
                    foreach (var clause in b.Clauses)
                        if (clause.Occur != Occur.MUST_NOT) Walk(clause.Query);
                    break;
                case PrefixQuery p when Marks(p.Prefix.Field):
                    words.Prefixes.Add(p.Prefix.Text);
                    break;
                case MultiTermQuery:
                    break; // wildcards and ranges: too many words to mark
                default:
                    var terms = new HashSet<Term>();
                    try { searcher.Rewrite(q).ExtractTerms(terms); }
                    catch (NotSupportedException) { }
                    foreach (var t in terms.Where(t => Marks(t.Field))) words.Exact.Add(t.Text);
                    break;
            }
        }

        static bool Marks(string field) => field is not (Fields.Date or Fields.Type or Fields.Id or Fields.Outlet);
    }

    /// <summary>The reader of what is committed (or, while writing, of all added so far), opened again when that changed.</summary>
    private DirectoryReader Reader()
    {
        lock (_readerLock)
        {
            if (_reader is null) return _reader = _writer is null ? DirectoryReader.Open(_directory) : DirectoryReader.Open(_writer, applyAllDeletes: true);
            var changed = _writer is null ? DirectoryReader.OpenIfChanged(_reader) : DirectoryReader.OpenIfChanged(_reader, _writer, true);
            if (changed is not null)
            {
                _reader.Dispose();
                _reader = changed;
            }
            return _reader;
        }
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
    }
}
