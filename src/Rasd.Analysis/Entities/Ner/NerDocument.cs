namespace Rasd.Analysis.Entities.Ner;

/// <summary>
/// The sentences of a text, as the recognizer reads a word with the other places its stem stands:
/// a name read plainly in one sentence («نجيب محفوظ») lends its contexts to its bare mentions in
/// the next («قال محفوظ»). Occurrences count within <see cref="Window"/> sentences either side (a
/// text without document boundaries, as ANERcorp's, reads as a stream of sentences). Buffers are
/// reused from text to text.
/// </summary>
internal sealed class NerDocument
{
    /// <summary>At most this many other occurrences lend their contexts, the nearest first.</summary>
    public const int MaxOthers = 4;

    /// <summary>Sentences either side (5 to 30 did about as well in cross-validation on ANERcorp's training set; the whole file worse).</summary>
    public const int DefaultWindow = 10;

    private readonly NerGazetteer _gazetteer;
    private readonly Dictionary<ulong, List<int>> _byStem = [];
    private readonly Stack<List<int>> _spare = new();
    private NerWord[] _words = [];
    private int[] _sentenceOf = [];
    private int[] _starts = [0];
    private GazetteerKind[] _begin = [], _inside = [], _end = [];
    private int _count;

    public NerDocument(NerGazetteer gazetteer, int window)
    {
        _gazetteer = gazetteer;
        Window = window;
    }

    public int Window { get; }

    public int Sentences { get; private set; }

    /// <summary>Only words that could be names are looked up: function words and punctuation say nothing.</summary>
    public static bool Counts(NerWord w) => w.IsWord && w.Flags == WordFlags.None;

    public void Clear()
    {
        foreach (var list in _byStem.Values)
        {
            list.Clear();
            _spare.Push(list);
        }
        _byStem.Clear();
        _words.AsSpan(0, _count).Clear();
        _count = 0;
        Sentences = 0;
    }

    /// <summary>Appends the next sentence of the text.</summary>
    public void Add(ReadOnlySpan<NerWord> sentence)
    {
        var n = sentence.Length;
        if (_words.Length < _count + n)
        {
            var size = Math.Max(_count + n, _words.Length * 2);
            Array.Resize(ref _words, size);
            Array.Resize(ref _sentenceOf, size);
            Array.Resize(ref _begin, size);
            Array.Resize(ref _inside, size);
            Array.Resize(ref _end, size);
        }
        if (_starts.Length < Sentences + 2) Array.Resize(ref _starts, Math.Max(Sentences + 2, _starts.Length * 2));
        sentence.CopyTo(_words.AsSpan(_count));
        _gazetteer.Mark(sentence, _begin.AsSpan(_count, n), _inside.AsSpan(_count, n), _end.AsSpan(_count, n));
        for (var i = 0; i < n; i++)
        {
            _sentenceOf[_count + i] = Sentences;
            if (!Counts(sentence[i])) continue;
            if (!_byStem.TryGetValue(sentence[i].Stem, out var list))
                _byStem[sentence[i].Stem] = list = _spare.Count > 0 ? _spare.Pop() : [];
            list.Add(_count + i);
        }
        _count += n;
        Sentences++;
        _starts[Sentences] = _count;
    }

    /// <summary>A sentence's words.</summary>
    public ReadOnlySpan<NerWord> Sentence(int s) => _words.AsSpan(_starts[s], _starts[s + 1] - _starts[s]);

    /// <summary>The gazetteer phrases that cover the word at a flat position.</summary>
    public GazetteerKind InsideAt(int at) => _inside[at];

    /// <summary>The gazetteer phrases that end right before the word at a flat position, in its sentence.</summary>
    public GazetteerKind EndBefore(int at) => at > _starts[_sentenceOf[at]] ? _end[at - 1] : GazetteerKind.None;

    /// <summary>The words either side of a flat position, in its sentence (null at the sentence's ends).</summary>
    public (NerWord? Before, NerWord? After) Around(int at)
    {
        var s = _sentenceOf[at];
        return (at > _starts[s] ? _words[at - 1] : null, at + 1 < _starts[s + 1] ? _words[at + 1] : null);
    }

    /// <summary>
    /// The flat positions of the other occurrences of the stem of word <paramref name="position"/> of
    /// sentence <paramref name="sentence"/> within the window, nearest first.
    /// </summary>
    public int Others(int sentence, int position, Span<int> into)
    {
        var at = _starts[sentence] + position;
        var w = _words[at];
        if (!Counts(w) || !_byStem.TryGetValue(w.Stem, out var list)) return 0;
        // The list is in text order: walk out from this occurrence both ways.
        var self = list.BinarySearch(at);
        int left = self - 1, right = self + 1, found = 0;
        while (found < into.Length)
        {
            var l = left >= 0 && sentence - _sentenceOf[list[left]] <= Window ? list[left] : -1;
            var r = right < list.Count && _sentenceOf[list[right]] - sentence <= Window ? list[right] : -1;
            if (l < 0 && r < 0) break;
            if (r < 0 || l >= 0 && at - l <= r - at)
            {
                into[found++] = l;
                left--;
            }
            else
            {
                into[found++] = r;
                right++;
            }
        }
        return found;
    }
}
