using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rasd.Search;

/// <summary>
/// Counts, over every matching document, the values of each facet. A name facet holds mention
/// keys; each is shown as the entity it resolves to now (<c>entityOfKey</c>), and a document that
/// names one entity twice counts once.
/// </summary>
internal sealed class FacetCounter(Func<string, string?>? entityOfKey) : ICollector
{
    private readonly Dictionary<string, Counts> _facets = Facets.All.ToDictionary(f => f, f => new Counts(Facets.IsNames(f)), StringComparer.Ordinal);
    private readonly List<(Counts Counts, SortedSetDocValues Values, int[] Labels)> _segment = [];
    private readonly BytesRef _bytes = new();
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
            var labels = new int[values.ValueCount];
            Array.Fill(labels, -1);
            _segment.Add((_facets[facet], values, labels));
        }
    }

    public void Collect(int doc)
    {
        var global = _docBase + doc;
        foreach (var (counts, values, labels) in _segment)
        {
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                var label = labels[ord];
                if (label < 0)
                {
                    values.LookupOrd(ord, _bytes);
                    label = labels[ord] = counts.LabelOf(Label(counts, _bytes.Utf8ToString()));
                }
                counts.Add(label, global);
            }
        }
    }

    private string Label(Counts counts, string value)
    {
        if (!counts.Names || value.IndexOf(IndexedDocument.KeySeparator, StringComparison.Ordinal) is not (> 0 and var tab)) return value;
        return entityOfKey?.Invoke(value[..tab]) ?? value[(tab + 1)..];
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Top(int size) =>
        _facets.ToDictionary(f => f.Key, f => f.Value.Top(size, byValue: f.Key == Facets.Year), StringComparer.Ordinal);

    private sealed class Counts(bool names)
    {
        public bool Names { get; } = names;

        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _labels = [];
        private readonly List<int> _counts = [];
        private readonly List<int> _lastDoc = [];

        public int LabelOf(string label)
        {
            if (_ids.TryGetValue(label, out var id)) return id;
            _ids[label] = id = _labels.Count;
            _labels.Add(label);
            _counts.Add(0);
            _lastDoc.Add(-1);
            return id;
        }

        /// <summary>Counts <paramref name="doc"/> for the label once, however many of its values share it.</summary>
        public void Add(int label, int doc)
        {
            if (_lastDoc[label] == doc) return;
            _lastDoc[label] = doc;
            _counts[label]++;
        }

        public IReadOnlyList<FacetValue> Top(int size, bool byValue)
        {
            var values = _labels.Select((l, i) => new FacetValue(l, _counts[i])).Where(v => v.Count > 0);
            return byValue
                ? [.. values.OrderByDescending(v => v.Value, StringComparer.Ordinal).Take(size)]
                : [.. values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).Take(size)];
        }
    }
}
