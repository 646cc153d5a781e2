namespace Rasd.Analysis.Entities.Ner;

/// <summary>The buffers of decoding one sentence, grown as needed and reused (one per thread).</summary>
internal sealed class NerWorkspace
{
    public readonly EncodedSentence Encoded = new();
    public NerWord[] Words = [];
    private float[] _emissions = [];
    private float[] _pairs = [];
    private float[] _delta = [];
    private int[] _back = [];
    private NerDocument? _document;
    private NerFeatures? _documentFeatures;

    /// <summary>The text buffer of this thread for <paramref name="features"/> (a recognizer's gazetteer and window).</summary>
    public NerDocument DocumentFor(NerFeatures features)
    {
        if (_document is null || _documentFeatures != features)
        {
            _document = features.NewDocument();
            _documentFeatures = features;
        }
        return _document;
    }

    public void Ensure(int tokens, int tagCount)
    {
        if (Words.Length < tokens) Words = new NerWord[Math.Max(tokens, Words.Length * 2)];
        var scores = tokens * tagCount;
        if (_emissions.Length < scores)
        {
            var size = Math.Max(scores, _emissions.Length * 2);
            _emissions = new float[size];
            _delta = new float[size];
            _back = new int[size];
        }
        var pairs = tokens * (tagCount + 1) * tagCount;
        if (_pairs.Length < pairs) _pairs = new float[Math.Max(pairs, _pairs.Length * 2)];
    }

    /// <summary>The best tags of an encoded sentence under <paramref name="weights"/>.</summary>
    public void Decode<TRows>(TRows weights, EncodedSentence s, int tagCount, ReadOnlySpan<float> transitions, ReadOnlySpan<bool> allowed, Span<int> tags)
        where TRows : struct, IWeightRows
    {
        Ensure(s.Length, tagCount);
        var n = s.Length;
        var emissions = _emissions.AsSpan(0, n * tagCount);
        Scores.Emissions(weights, s, tagCount, emissions);
        var pairs = Span<float>.Empty;
        if (s.HasPairs)
        {
            pairs = _pairs.AsSpan(0, n * (tagCount + 1) * tagCount);
            Scores.Pairs(weights, s, tagCount, pairs);
        }
        Viterbi.Decode(n, tagCount, emissions, pairs, transitions, allowed, _delta, _back, tags);
    }
}
