using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rasd.Search;

/// <summary>
/// The label of every facet value of an index, shared by all its searches: a segment's ordinals
/// are read into labels once, not again by each search that meets them. A name facet holds mention
/// keys; each is shown as the entity it resolves to (<c>entityOfKey</c>), so several keys may share one label.
/// </summary>
internal sealed class FacetLabels(Func<string, string?>? entityOfKey)
{
    private readonly Dictionary<string, LabelTable> _tables = Facets.All.ToDictionary(f => f, f => new LabelTable(), StringComparer.Ordinal);
    // Per segment (its core, which deletions do not change) and facet: ordinal → label id, -1 until first met.
    private readonly ConditionalWeakTable<object, Dictionary<string, int[]>> _segments = new();
    private readonly System.Threading.Lock _lock = new();

    public int[] OrdinalsOf(AtomicReader segment, string facet, SortedSetDocValues values)
    {
        lock (_lock)
        {
            var byFacet = _segments.GetValue(segment.CoreCacheKey, _ => new Dictionary<string, int[]>(StringComparer.Ordinal));
            if (!byFacet.TryGetValue(facet, out var labels))
            {
                byFacet[facet] = labels = new int[values.ValueCount];
                Array.Fill(labels, -1);
            }
            return labels;
        }
    }

    /// <summary>The label id of an ordinal met for the first time (kept in <paramref name="labels"/>).</summary>
    public int Read(string facet, SortedSetDocValues values, long ord, int[] labels)
    {
        var bytes = new BytesRef();
        values.LookupOrd(ord, bytes);
        var value = bytes.Utf8ToString();
        lock (_lock)
        {
            var id = _tables[facet].IdOf(Facets.IsNames(facet) ? NameOf(value) : value);
            labels[ord] = id;
            return id;
        }
    }

    public string Label(string facet, int id)
    {
        lock (_lock) return _tables[facet].Labels[id];
    }

    private string NameOf(string value)
    {
        if (value.IndexOf(IndexedDocument.KeySeparator, StringComparison.Ordinal) is not (> 0 and var tab)) return value;
        return entityOfKey?.Invoke(value[..tab]) ?? value[(tab + 1)..];
    }

    private sealed class LabelTable
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

        public List<string> Labels { get; } = [];

        public int IdOf(string label)
        {
            if (_ids.TryGetValue(label, out var id)) return id;
            _ids[label] = id = Labels.Count;
            Labels.Add(label);
            return id;
        }
    }
}

/// <summary>
/// Counts, over every matching document of one search, the values of each facet; a document that
/// names one entity twice (under two keys) counts once.
/// </summary>
internal sealed class FacetCounter(FacetLabels labels) : ICollector
{
    private readonly Dictionary<string, Counts> _facets = Facets.All.ToDictionary(f => f, _ => new Counts(), StringComparer.Ordinal);
    private readonly List<(string Facet, Counts Counts, SortedSetDocValues Values, int[] Labels)> _segment = [];
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _segment.Clear();
        foreach (var facet in Facets.All)
        {
            if (context.AtomicReader.GetSortedSetDocValues(facet) is not { } values) continue;
            _segment.Add((facet, _facets[facet], values, labels.OrdinalsOf(context.AtomicReader, facet, values)));
        }
    }

    public void Collect(int doc)
    {
        var global = _docBase + doc;
        foreach (var (facet, counts, values, ordinals) in _segment)
        {
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                var label = ordinals[ord];
                if (label < 0) label = labels.Read(facet, values, ord, ordinals);
                counts.Add(label, global);
            }
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Top(int size) =>
        _facets.ToDictionary(f => f.Key, f => f.Value.Top(f.Key, labels, size, byValue: f.Key == Facets.Year), StringComparer.Ordinal);

    private sealed class Counts
    {
        private int[] _counts = new int[64];
        private int[] _lastDoc = new int[64];

        /// <summary>Counts <paramref name="doc"/> for the label once, however many of its values share it.</summary>
        public void Add(int label, int doc)
        {
            if (label >= _counts.Length)
            {
                var size = Math.Max(label + 1, _counts.Length * 2);
                Array.Resize(ref _counts, size);
                Array.Resize(ref _lastDoc, size);
            }
            if (_lastDoc[label] == doc + 1) return;
            _lastDoc[label] = doc + 1; // + 1: the arrays start at 0, which is no document
            _counts[label]++;
        }

        public IReadOnlyList<FacetValue> Top(string facet, FacetLabels labels, int size, bool byValue)
        {
            var values = new List<FacetValue>();
            for (var i = 0; i < _counts.Length; i++)
                if (_counts[i] > 0) values.Add(new FacetValue(labels.Label(facet, i), _counts[i]));
            return byValue
                ? [.. values.OrderByDescending(v => v.Value, StringComparer.Ordinal).Take(size)]
                : [.. values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).Take(size)];
        }
    }
}
