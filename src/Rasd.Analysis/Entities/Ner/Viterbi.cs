namespace Rasd.Analysis.Entities.Ner;

/// <summary>
/// First-order Viterbi decoding: the tag sequence with the highest total of emission scores
/// (token, tag), transition scores (previous tag, tag) and, when given, pair scores
/// (token, previous tag, tag), among the sequences the tag set allows. Ties go to the lower tag
/// index, so decoding is deterministic.
/// </summary>
internal static class Viterbi
{
    /// <param name="n">Tokens.</param>
    /// <param name="tags">Tags (T).</param>
    /// <param name="emissions">n × T.</param>
    /// <param name="pairs">n × (T + 1) × T, or empty; the block's row T is the sentence's start.</param>
    /// <param name="transitions">(T + 1) × T; row T is the sentence's start.</param>
    /// <param name="allowed">(T + 1) × T, as <paramref name="transitions"/>.</param>
    /// <param name="delta">n × T scratch.</param>
    /// <param name="back">n × T scratch.</param>
    /// <param name="best">n: the tags found.</param>
    public static void Decode(int n, int tags, ReadOnlySpan<float> emissions, ReadOnlySpan<float> pairs, ReadOnlySpan<float> transitions,
        ReadOnlySpan<bool> allowed, Span<float> delta, Span<int> back, Span<int> best)
    {
        if (n == 0) return;
        var t = tags;
        var start = t * t;
        var hasPairs = !pairs.IsEmpty;
        var block = (t + 1) * t;
        for (var c = 0; c < t; c++)
            delta[c] = allowed[start + c]
                ? transitions[start + c] + emissions[c] + (hasPairs ? pairs[start + c] : 0)
                : float.NegativeInfinity;
        for (var i = 1; i < n; i++)
        {
            var previous = delta.Slice((i - 1) * t, t);
            var pair = hasPairs ? pairs.Slice(i * block, block) : default;
            for (var c = 0; c < t; c++)
            {
                var top = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < t; p++)
                {
                    if (!allowed[p * t + c] || float.IsNegativeInfinity(previous[p])) continue;
                    var s = previous[p] + transitions[p * t + c] + (hasPairs ? pair[p * t + c] : 0);
                    if (s > top)
                    {
                        top = s;
                        arg = p;
                    }
                }
                delta[i * t + c] = top + emissions[i * t + c];
                back[i * t + c] = arg;
            }
        }
        var last = delta.Slice((n - 1) * t, t);
        var tag = 0;
        for (var c = 1; c < t; c++)
            if (last[c] > last[tag]) tag = c;
        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = tag;
            tag = back[i * t + tag];
        }
    }
}

/// <summary>A weight table read by rows of T tags: the trainer's floats or a model's 16-bit weights.</summary>
internal interface IWeightRows
{
    /// <summary>Adds row <paramref name="row"/> to <paramref name="scores"/> (T values).</summary>
    void Add(int row, Span<float> scores);
}

internal readonly struct FloatRows(float[] weights, int tags) : IWeightRows
{
    public void Add(int row, Span<float> scores)
    {
        var r = weights.AsSpan(row * tags, tags);
        for (var t = 0; t < r.Length; t++) scores[t] += r[t];
    }
}

internal readonly struct QuantizedRows(short[] weights, float scale, int tags) : IWeightRows
{
    public void Add(int row, Span<float> scores)
    {
        var r = weights.AsSpan(row * tags, tags);
        for (var t = 0; t < r.Length; t++) scores[t] += r[t] * scale;
    }
}

/// <summary>The scores Viterbi reads, summed from the weight rows of an encoded sentence.</summary>
internal static class Scores
{
    public static void Emissions<TRows>(TRows weights, EncodedSentence s, int tags, Span<float> emissions) where TRows : struct, IWeightRows
    {
        emissions[..(s.Length * tags)].Clear();
        for (var i = 0; i < s.Length; i++)
        {
            var e = emissions.Slice(i * tags, tags);
            for (var k = s.Starts[i]; k < s.Starts[i + 1]; k++) weights.Add(s.Rows[k], e);
        }
    }

    /// <summary>The pair scores: at the first token only after the start, later only after a tag.</summary>
    public static void Pairs<TRows>(TRows weights, EncodedSentence s, int tags, Span<float> pairs) where TRows : struct, IWeightRows
    {
        var block = (tags + 1) * tags;
        pairs[..(s.Length * block)].Clear();
        for (var i = 0; i < s.Length; i++)
        {
            var rows = s.PairRows.AsSpan(i * (tags + 1), tags + 1);
            if (i == 0) weights.Add(rows[tags], pairs.Slice(tags * tags, tags));
            else
                for (var p = 0; p < tags; p++) weights.Add(rows[p], pairs.Slice(i * block + p * tags, tags));
        }
    }
}
