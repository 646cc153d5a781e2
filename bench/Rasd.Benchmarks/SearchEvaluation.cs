using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Npgsql;
using Rasd.Analysis.Entities;
using Rasd.Search;
using Rasd.Storage;

namespace Rasd.Benchmarks;

/// <summary>
/// Search quality and speed over a data folder made by <c>rasd analyze ../shared/corpus</c>: Rasd's
/// index against Lucene's stock ArabicAnalyzer and PostgreSQL's <c>arabic</c> configuration, all
/// three over the same titles and texts, with every query's words required (AND) in each.
/// <list type="bullet">
/// <item><c>search-pool DATA</c>: the top 10 of each system for every query, pooled, for judging by hand;</item>
/// <item><c>search-eval DATA</c>: precision@10 of each, and recall: the share of the pool's judged relevant documents each finds at all;</item>
/// <item><c>search-speed DATA</c>: query latency, p50 and p95, of the product search (facets and snippets included).</item>
/// </list>
/// PostgreSQL is reached through <c>RASD_PG</c> (default: the socket in /tmp, port 5433, user postgres).
/// </summary>
internal static class SearchEvaluation
{
    private const int Depth = 10;
    private static readonly string WorkDir = Path.Combine(Path.GetTempPath(), "rasd-search-bench");
    private static string Pg => Environment.GetEnvironmentVariable("RASD_PG") ?? "Host=/tmp;Port=5433;Username=postgres;Database=postgres";

    private sealed record Query(string Id, string Text, string Need);

    private static List<Query> Queries(string file) =>
        [.. File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).Select(c => new Query(c[0], c[1], c[2]))];

    /// <summary>Pools the top 10 of each system; with <paramref name="judgedFile"/>, only the pairs not judged yet (after a change to ranking).</summary>
    public static void Pool(string dataDir, string queriesFile, string outFile, string? judgedFile = null)
    {
        var queries = Queries(queriesFile);
        var judged = judgedFile is null ? [] : Judged(judgedFile);
        using var systems = new Systems(dataDir);
        using var store = SqliteStore.OpenExisting(dataDir);
        using var writer = new StreamWriter(outFile);
        var total = 0;
        foreach (var q in queries)
        {
            var pooled = systems.All.SelectMany(s => s.Top(q.Text, Depth)).Distinct(StringComparer.Ordinal).Where(id => !judged.ContainsKey((q.Id, id)))
                .OrderBy(id => StableOrder(q.Id, id), StringComparer.Ordinal).ToList(); // no judge can tell which system found what
            foreach (var id in pooled)
            {
                var (doc, published) = store.DocumentById(id) ?? throw new InvalidOperationException(id);
                writer.WriteLine(JsonSerializer.Serialize(new { qid = q.Id, query = q.Text, need = q.Need, doc = id, title = doc.Title, date = published.Date?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text = doc.RawText }));
            }
            total += pooled.Count;
            Console.WriteLine($"{q.Id} {q.Text}: {pooled.Count} pooled");
        }
        Console.WriteLine($"{total} (query, document) pairs to judge → {outFile}");
    }

    public static void Evaluate(string dataDir, string queriesFile, string judgedFile)
    {
        var queries = Queries(queriesFile);
        var judged = Judged(judgedFile);
        using var systems = new Systems(dataDir);
        var rows = new List<(Query Q, string System, double P, double R, int Unjudged)>();
        foreach (var q in queries)
        {
            var relevant = judged.Where(j => j.Key.Item1 == q.Id && j.Value).Select(j => j.Key.Item2).ToHashSet(StringComparer.Ordinal);
            foreach (var s in systems.All)
            {
                var top = s.Top(q.Text, Depth);
                var hits = top.Count(relevant.Contains);
                var unjudged = top.Count(id => !judged.ContainsKey((q.Id, id)));
                // Recall: of the documents judged relevant (found by any system), the share this one finds at all.
                var found = relevant.Count(doc => s.Matches(q.Text, doc));
                rows.Add((q, s.Name, hits / (double)Depth, relevant.Count == 0 ? 1 : found / (double)relevant.Count, unjudged));
            }
        }
        Console.WriteLine($"{"query",-32} " + string.Join("  ", systems.All.Select(s => $"{s.Name + " P@10",16} {"R",5}")));
        foreach (var g in rows.GroupBy(r => r.Q))
            Console.WriteLine($"{g.Key.Id + " " + g.Key.Text,-32} " + string.Join("  ", g.Select(r => $"{r.P,16:0.00} {r.R,5:0.00}")));
        Console.WriteLine($"{"mean",-32} " + string.Join("  ", systems.All.Select(s => rows.Where(r => r.System == s.Name).ToList()).Select(r => $"{r.Average(x => x.P),16:0.000} {r.Average(x => x.R),5:0.000}")));
        Console.WriteLine($"unjudged results counted as not relevant: {rows.Sum(r => r.Unjudged)}");
    }

    private static Dictionary<(string, string), bool> Judged(string file) =>
        File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t'))
            .ToDictionary(c => (c[0], c[1]), c => c[2] == "1");

    public static void Speed(string dataDir, string queriesFile, int rounds)
    {
        var queries = Queries(queriesFile);
        using var store = SqliteStore.OpenExisting(dataDir);
        using var index = SearchIndex.OpenExisting(dataDir);
        var search = new ArchiveSearch(index, store, KnowledgeBase.Default.KeyOfName);
        foreach (var q in queries) search.Search(new SearchRequest(q.Text)); // warm: readers, caches, the JIT
        var times = new List<double>();
        for (var round = 0; round < rounds; round++)
            foreach (var q in queries)
            {
                var clock = Stopwatch.StartNew();
                search.Search(new SearchRequest(q.Text));
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        times.Sort();
        Console.WriteLine($"{index.Count} documents; {times.Count} searches (top 10, six facets, snippets): p50 {Percentile(times, 0.5):0.0} ms, p95 {Percentile(times, 0.95):0.0} ms, max {times[^1]:0.0} ms");
        var bare = new List<double>();
        foreach (var q in queries)
        {
            var clock = Stopwatch.StartNew();
            search.Search(new SearchRequest(q.Text) { FacetSize = 0 });
            bare.Add(clock.Elapsed.TotalMilliseconds);
        }
        bare.Sort();
        Console.WriteLine($"  without facets (top 10, snippets): p50 {Percentile(bare, 0.5):0.0} ms, p95 {Percentile(bare, 0.95):0.0} ms");
        using var systems = new Systems(dataDir);
        foreach (var s in systems.All)
        {
            var plain = new List<double>();
            foreach (var q in queries) s.Top(q.Text, Depth);
            foreach (var q in queries)
            {
                var clock = Stopwatch.StartNew();
                s.Top(q.Text, Depth);
                plain.Add(clock.Elapsed.TotalMilliseconds);
            }
            plain.Sort();
            Console.WriteLine($"  {s.Name}, top 10 ids only: p50 {Percentile(plain, 0.5):0.0} ms, p95 {Percentile(plain, 0.95):0.0} ms");
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string StableOrder(string qid, string id) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(qid + id)));

    private interface ISearchSystem
    {
        string Name { get; }

        List<string> Top(string query, int n);

        /// <summary>Whether the document matches the query at all, however low it ranks.</summary>
        bool Matches(string query, string doc);
    }

    /// <summary>The three systems, the baselines built from the store on first use and kept in the work folder.</summary>
    private sealed class Systems : IDisposable
    {
        public Systems(string dataDir)
        {
            using var store = SqliteStore.OpenExisting(dataDir);
            All = [new RasdSystem(dataDir), new StockLucene(store), new Postgres(store)];
        }

        public ISearchSystem[] All { get; }

        public void Dispose()
        {
            foreach (var s in All) (s as IDisposable)?.Dispose();
        }
    }

    /// <summary>Rasd's search as `rasd search` and the API run it: the index, and the store for what names stand for.</summary>
    private sealed class RasdSystem : ISearchSystem, IDisposable
    {
        private readonly SqliteStore _store;
        private readonly SearchIndex _index;
        private readonly ArchiveSearch _search;

        public RasdSystem(string dataDir)
        {
            _store = SqliteStore.OpenExisting(dataDir);
            _index = SearchIndex.OpenExisting(dataDir);
            _search = new ArchiveSearch(_index, _store, KnowledgeBase.Default.KeyOfName);
        }

        public string Name => "rasd";

        public List<string> Top(string query, int n) =>
            [.. _search.Search(new SearchRequest(query) { Limit = n, FacetSize = 0 }).Hits.Select(h => h.Id)];

        public bool Matches(string query, string doc) =>
            _search.Search(new SearchRequest($"({query}) AND id:{doc}") { Limit = 1, FacetSize = 0 }).Total > 0;

        public void Dispose()
        {
            _index.Dispose();
            _store.Dispose();
        }
    }

    /// <summary>Lucene's ArabicAnalyzer (normalization, stop words, light stemming) over title and text, queried as Rasd is.</summary>
    private sealed class StockLucene : ISearchSystem, IDisposable
    {
        private readonly FSDirectory _dir;
        private readonly DirectoryReader _reader;
        private readonly IndexSearcher _searcher;

        public StockLucene(SqliteStore store)
        {
            var path = Path.Combine(WorkDir, "stock-lucene");
            _dir = FSDirectory.Open(path);
            if (!DirectoryReader.IndexExists(_dir))
            {
                var clock = Stopwatch.StartNew();
                using var writer = new IndexWriter(_dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, new ArabicAnalyzer(LuceneVersion.LUCENE_48)) { RAMBufferSizeMB = 64 });
                var n = 0;
                foreach (var id in store.DocumentIds())
                {
                    var (doc, _) = store.DocumentById(id)!.Value;
                    writer.AddDocument(new Lucene.Net.Documents.Document
                    {
                        new StringField("id", id, Field.Store.YES),
                        new TextField("title", doc.Title ?? "", Field.Store.NO),
                        new TextField("text", doc.RawText, Field.Store.NO),
                    });
                    n++;
                }
                writer.Commit();
                Console.Error.WriteLine($"stock Lucene: indexed {n} documents in {clock.Elapsed.TotalSeconds:0} s ({n / clock.Elapsed.TotalSeconds:0}/s)");
            }
            _reader = DirectoryReader.Open(_dir);
            _searcher = new IndexSearcher(_reader);
        }

        public string Name => "lucene-arabic";

        public List<string> Top(string query, int n) => [.. _searcher.Search(Parse(query), n).ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id"))];

        public bool Matches(string query, string doc) =>
            _searcher.Search(new BooleanQuery { { Parse(query), Occur.MUST }, { new TermQuery(new Term("id", doc)), Occur.MUST } }, 1).TotalHits > 0;

        private static Lucene.Net.Search.Query Parse(string query) =>
            new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ["text", "title"], new ArabicAnalyzer(LuceneVersion.LUCENE_48),
                new Dictionary<string, float> { ["text"] = 1f, ["title"] = 2f }) { DefaultOperator = Operator.AND }.Parse(query);

        public void Dispose()
        {
            _reader.Dispose();
            _dir.Dispose();
        }
    }

    /// <summary>PostgreSQL full-text search: title weighted A, text D, the <c>arabic</c> configuration, ranked by ts_rank.</summary>
    private sealed class Postgres : ISearchSystem, IDisposable
    {
        private readonly NpgsqlConnection _db = new(Pg);

        public Postgres(SqliteStore store)
        {
            _db.Open();
            using (var exists = new NpgsqlCommand("SELECT to_regclass('rasd_bench_docs') IS NOT NULL", _db))
            using (var filled = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM rasd_bench_docs WHERE tsv IS NOT NULL)", _db))
                if (exists.ExecuteScalar() is true && filled.ExecuteScalar() is true) return;
            var clock = Stopwatch.StartNew();
            Execute("DROP TABLE IF EXISTS rasd_bench_docs; CREATE TABLE rasd_bench_docs (id text PRIMARY KEY, title text, body text, tsv tsvector)");
            using (var import = _db.BeginBinaryImport("COPY rasd_bench_docs (id, title, body) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var id in store.DocumentIds())
                {
                    var (doc, _) = store.DocumentById(id)!.Value;
                    import.StartRow();
                    import.Write(id);
                    import.Write(doc.Title ?? "");
                    import.Write(doc.RawText);
                }
                import.Complete();
            }
            Execute("UPDATE rasd_bench_docs SET tsv = setweight(to_tsvector('arabic', title), 'A') || to_tsvector('arabic', body)");
            Execute("CREATE INDEX rasd_bench_docs_tsv ON rasd_bench_docs USING gin (tsv)");
            Console.Error.WriteLine($"PostgreSQL: indexed in {clock.Elapsed.TotalSeconds:0} s");
        }

        public string Name => "postgres-arabic";

        public List<string> Top(string query, int n)
        {
            // websearch_to_tsquery reads quotes, OR and - as an analyst writes them; plain words are ANDed.
            using var cmd = new NpgsqlCommand("SELECT id FROM rasd_bench_docs, websearch_to_tsquery('arabic', $1) q WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC, id LIMIT $2", _db);
            cmd.Parameters.AddWithValue(query);
            cmd.Parameters.AddWithValue(n);
            using var r = cmd.ExecuteReader();
            var ids = new List<string>();
            while (r.Read()) ids.Add(r.GetString(0));
            return ids;
        }

        public bool Matches(string query, string doc)
        {
            using var cmd = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM rasd_bench_docs WHERE id = $1 AND tsv @@ websearch_to_tsquery('arabic', $2))", _db);
            cmd.Parameters.AddWithValue(doc);
            cmd.Parameters.AddWithValue(query);
            return cmd.ExecuteScalar() is true;
        }

        private void Execute(string sql)
        {
            using var cmd = new NpgsqlCommand(sql, _db) { CommandTimeout = 0 };
            cmd.ExecuteNonQuery();
        }

        public void Dispose() => _db.Dispose();
    }
}
