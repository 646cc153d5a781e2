using System.Collections.Concurrent;
using System.Collections.Frozen;
using Rasd.Core.Model;

namespace Rasd.Arabic;

/// <summary>
/// Word classes learned from the shared corpora (<c>resources/ar/clusters.tsv</c>, made by
/// <c>rasd build-clusters</c>): words that stand among the same neighbours share a class, so a name
/// the recognizer was never taught («أبيدجان») reads like the names it was («نيروبي»). Each class is
/// a path of bits in a tree: its prefixes are coarser classes, as with Brown clusters.
/// </summary>
public sealed class WordClusters
{
    private readonly FrozenDictionary<string, string> _paths;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClusters(IEnumerable<(string Form, string Path)> paths)
    {
        _paths = paths.ToFrozenDictionary(p => p.Form, p => p.Path, StringComparer.Ordinal);
        _lookup = _paths.GetAlternateLookup<ReadOnlySpan<char>>();
        Depth = _paths.Count == 0 ? 0 : _paths.Values.Max(p => p.Length);
    }

    private static readonly Lazy<WordClusters> Embedded = new(() =>
        new WordClusters(LanguageData.Read("ar/clusters.tsv").Select(r => (r["form"], r["cluster"]))));

    public static WordClusters Default => Embedded.Value;

    public int Count => _paths.Count;

    /// <summary>The longest path in the tree.</summary>
    public int Depth { get; }

    /// <summary>The class of a word (match form) as a path of bits, or null for a word too rare to be classed.</summary>
    public string? Of(ReadOnlySpan<char> form) => _lookup.TryGetValue(form, out var path) ? path : null;
}

/// <summary>
/// Learns word classes from texts: each frequent word is described by the words seen just before and
/// after it (positive PMI over the most frequent neighbours, smoothed), and the words are split in
/// two again and again by spherical 2-means, so every class is a path in a binary tree (Lin and Wu's
/// phrase clusters, made hierarchical like Brown's). Deterministic: the same texts and seed give the
/// same classes, whatever the number of threads.
/// </summary>
public sealed class WordClusterBuilder
{
    private const string Boundary = "<s>";
    private const string Other = "<other>";
    private const double ContextSmoothing = 0.75; // context counts raised to this power (Levy, Goldberg and Dagan 2015)
    private const int Iterations = 8;
    private const int Trials = 2;
    private const int MinLeaf = 3;

    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<int[]> _texts = [];
    private long _tokens;

    public long Tokens => Interlocked.Read(ref _tokens);

    /// <summary>Reads one text's tokens (match forms; numbers, Latin words and links as one token each); safe to call from many threads.</summary>
    public void Add(string text)
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(text), segmenter: null);
        var ids = new int[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) ids[i] = Id(TokenForm(tokens[i]));
        _texts.Add(ids);
        Interlocked.Add(ref _tokens, tokens.Length);
    }

    /// <summary>What a token counts as: its match form, or one token for every number, Latin word (lower case) and link.</summary>
    public static string TokenForm(Token token) => token.Kind switch
    {
        TokenKind.Number => "<num>",
        TokenKind.Url => "<url>",
        TokenKind.Latin => token.Form.ToLowerInvariant(),
        _ => token.Form,
    };

    private int Id(string form)
    {
        if (_ids.TryGetValue(form, out var id)) return id;
        lock (_ids)
        {
            if (_ids.TryGetValue(form, out id)) return id;
            id = _ids.Count;
            _ids[form] = id;
            return id;
        }
    }

    /// <summary>
    /// Classes the <paramref name="words"/> most frequent Arabic words seen at least
    /// <paramref name="minCount"/> times, described by their <paramref name="contexts"/> most frequent
    /// neighbours at each offset up to <paramref name="window"/> words away on either side, in a tree at
    /// most <paramref name="depth"/> splits deep.
    /// Returns each word with its path, most frequent first.
    /// </summary>
    public IReadOnlyList<(string Form, string Path, long Count)> Build(int words, int contexts, int minCount, int depth, int seed, int window = 1)
    {
        // Ranks by count, ties by form: ids depend on the order threads met the words, ranks do not.
        var counts = new long[_ids.Count + 1];
        foreach (var text in _texts)
            foreach (var id in text) counts[id]++;
        var boundary = _ids.Count;
        var formOf = new string[_ids.Count + 1];
        foreach (var (form, id) in _ids) formOf[id] = form;
        formOf[boundary] = Boundary;
        counts[boundary] = _texts.Count * 2L;
        var byRank = Enumerable.Range(0, formOf.Length).OrderByDescending(i => counts[i]).ThenBy(i => formOf[i], StringComparer.Ordinal).ToArray();

        // Contexts: the most frequent tokens of any kind, the text boundary, and one for all the rest.
        var contextOf = new int[formOf.Length];
        Array.Fill(contextOf, contexts);
        for (var r = 0; r < Math.Min(contexts, byRank.Length); r++) contextOf[byRank[r]] = r;
        var width = contexts + 1;
        var vocabulary = byRank.Where(i => counts[i] >= minCount && IsArabicWord(formOf[i])).Take(words).ToArray();
        var row = new int[formOf.Length];
        Array.Fill(row, -1);
        for (var v = 0; v < vocabulary.Length; v++) row[vocabulary[v]] = v;

        // Counts of (word, neighbour at each offset): one block of width columns per offset, −window … −1, +1 … +window.
        var blocks = 2 * window;
        var columns = blocks * width;
        var cooc = new int[(long)vocabulary.Length * columns];
        Parallel.ForEach(_texts, text =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                var r = row[text[i]];
                if (r < 0) continue;
                for (var o = 1; o <= window; o++)
                {
                    var before = i - o >= 0 ? contextOf[text[i - o]] : contextOf[boundary];
                    var after = i + o < text.Length ? contextOf[text[i + o]] : contextOf[boundary];
                    Interlocked.Increment(ref cooc[(long)r * columns + (o - 1) * width + before]);
                    Interlocked.Increment(ref cooc[(long)r * columns + (window + o - 1) * width + after]);
                }
            }
        });
        var vectors = Ppmi(cooc, vocabulary.Length, blocks, width);
        var paths = new string[vocabulary.Length];
        Split(vectors, [.. Enumerable.Range(0, vocabulary.Length)], "", depth, seed, paths);
        return [.. vocabulary.Select((id, v) => (formOf[id], paths[v], counts[id]))];
    }

    private static bool IsArabicWord(string form) => form.Length > 0 && form[0] is >= '\u0621' and <= '\u064A';

    /// <summary>Sparse rows of positive PMI, each offset's context counts smoothed, every row of unit length.</summary>
    private static SparseRows Ppmi(int[] cooc, int rows, int blocks, int width)
    {
        var columns = blocks * width;
        var columnTotals = new double[columns];
        for (long r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++) columnTotals[c] += cooc[r * columns + c];
        // P(context) ∝ count^0.75, per offset.
        var smoothed = new double[columns];
        for (var side = 0; side < blocks; side++)
        {
            var sum = 0.0;
            for (var c = side * width; c < (side + 1) * width; c++) sum += Math.Pow(columnTotals[c], ContextSmoothing);
            for (var c = side * width; c < (side + 1) * width; c++) smoothed[c] = sum == 0 ? 0 : Math.Pow(columnTotals[c], ContextSmoothing) / sum;
        }
        var starts = new int[rows + 1];
        var indices = new List<int>();
        var values = new List<float>();
        for (long r = 0; r < rows; r++)
        {
            var first = indices.Count;
            for (var side = 0; side < blocks; side++)
            {
                double total = 0;
                for (var c = side * width; c < (side + 1) * width; c++) total += cooc[r * columns + c];
                for (var c = side * width; c < (side + 1) * width; c++)
                {
                    var n = cooc[r * columns + c];
                    if (n == 0 || smoothed[c] == 0) continue;
                    var pmi = Math.Log(n / (total * smoothed[c]));
                    if (pmi <= 0) continue;
                    indices.Add(c);
                    values.Add((float)pmi);
                }
            }
            var norm = 0.0;
            for (var k = first; k < values.Count; k++) norm += values[k] * values[k];
            norm = Math.Sqrt(norm);
            for (var k = first; k < values.Count; k++) values[k] = (float)(values[k] / norm);
            starts[r + 1] = indices.Count;
        }
        return new SparseRows(starts, [.. indices], [.. values], columns);
    }

    private sealed record SparseRows(int[] Starts, int[] Indices, float[] Values, int Columns)
    {
        public double Dot(int row, float[] dense)
        {
            var sum = 0.0;
            for (var k = Starts[row]; k < Starts[row + 1]; k++) sum += Values[k] * dense[Indices[k]];
            return sum;
        }

        public void AddTo(int row, float[] dense)
        {
            for (var k = Starts[row]; k < Starts[row + 1]; k++) dense[Indices[k]] += Values[k];
        }
    }

    /// <summary>Splits <paramref name="members"/> in two by spherical 2-means and goes on in each half, writing each word's path at its leaf.</summary>
    private static void Split(SparseRows x, int[] members, string path, int depth, int seed, string[] paths)
    {
        if (path.Length >= depth || members.Length < 2 * MinLeaf)
        {
            foreach (var m in members) paths[m] = path.Length == 0 ? "0" : path;
            return;
        }
        // The seed and the path choose the starting pair: the tree is the same however the halves are scheduled.
        var random = new Random(seed * 1_000_003 ^ StableHash(path));
        int[]? bestSide = null;
        var bestScore = double.NegativeInfinity;
        for (var trial = 0; trial < Trials; trial++)
        {
            var a = members[random.Next(members.Length)];
            var b = members[random.Next(members.Length)];
            if (a == b) continue;
            var centroids = new[] { new float[x.Columns], new float[x.Columns] };
            x.AddTo(a, centroids[0]);
            x.AddTo(b, centroids[1]);
            var side = new int[members.Length];
            var score = 0.0;
            for (var it = 0; it < Iterations; it++)
            {
                score = 0;
                for (var i = 0; i < members.Length; i++)
                {
                    double d0 = x.Dot(members[i], centroids[0]), d1 = x.Dot(members[i], centroids[1]);
                    side[i] = d1 > d0 ? 1 : 0;
                    score += Math.Max(d0, d1);
                }
                foreach (var c in centroids) Array.Clear(c);
                for (var i = 0; i < members.Length; i++) x.AddTo(members[i], centroids[side[i]]);
                foreach (var c in centroids) Normalize(c);
            }
            if (score > bestScore && side.Contains(0) && side.Contains(1))
            {
                bestScore = score;
                bestSide = side;
            }
        }
        if (bestSide is null)
        {
            foreach (var m in members) paths[m] = path.Length == 0 ? "0" : path;
            return;
        }
        var left = members.Where((_, i) => bestSide[i] == 0).ToArray();
        var right = members.Where((_, i) => bestSide[i] == 1).ToArray();
        // The larger half is «0»: the same split reads the same whichever starting pair found it.
        if (right.Length > left.Length) (left, right) = (right, left);
        if (path.Length < 4)
            Parallel.Invoke(() => Split(x, left, path + "0", depth, seed, paths), () => Split(x, right, path + "1", depth, seed, paths));
        else
        {
            Split(x, left, path + "0", depth, seed, paths);
            Split(x, right, path + "1", depth, seed, paths);
        }
    }

    private static void Normalize(float[] v)
    {
        var norm = 0.0;
        foreach (var a in v) norm += a * a;
        if (norm == 0) return;
        var scale = (float)(1 / Math.Sqrt(norm));
        for (var i = 0; i < v.Length; i++) v[i] *= scale;
    }

    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s) h = h * 31 + c;
        return h;
    }

    /// <summary>Writes <c>form TAB cluster</c>, most frequent word first.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<(string Form, string Path, long Count)> classes, string description)
    {
        writer.WriteLine($"# Word classes: words seen among the same neighbours share a class, a path in a binary tree (its prefixes are coarser classes). {description}");
        writer.WriteLine("form\tcluster");
        foreach (var (form, path, _) in classes) writer.WriteLine($"{form}\t{path}");
    }
}
