using System.Diagnostics;

namespace Rasd.Analysis.Entities.Ner;

public sealed record NerTrainingOptions
{
    public int Epochs { get; init; } = 8;

    /// <summary>The weight table has 2^Bits rows.</summary>
    public int Bits { get; init; } = 20;

    /// <summary>Seeds the order sentences are visited in, each epoch: the same seed, the same model.</summary>
    public int Seed { get; init; } = 1;

    public NerFeatureSet Features { get; init; } = NerFeatureSet.All;

    /// <summary>Features seen on fewer training tokens than this are left out (their rows keep no weight).</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>Sentences either side in which a word's other occurrences lend it their contexts.</summary>
    public int Window { get; init; } = NerDocument.DefaultWindow;
}

/// <summary>What one epoch did: sentences decoded wrong while training, and the dev scores of the averaged weights.</summary>
public sealed record NerEpoch(int Epoch, int Mistakes, int Sentences, TimeSpan Elapsed, EntityScore? Dev);

/// <summary>
/// Trains a <see cref="NerModel"/> with the averaged structured perceptron (Collins 2002): each
/// sentence is decoded with the current weights and, where that differs from the gold tags, the
/// gold sequence's features gain one and the decoded one's lose one; the model keeps the average of
/// the weights over every step (Daumé's trick: one extra table, no copies). Sentences are visited in
/// an order shuffled by the seed. With a dev set, the epoch whose averaged weights score the best
/// dev F1 is kept. Single-threaded and deterministic.
/// </summary>
public sealed class NerTrainer(NerTrainingOptions options)
{
    public const int MinBits = 8;
    public const int MaxBits = 24;

    private sealed record Example(EncodedSentence Encoded, int[] Gold, string[] GoldTags);

    public NerModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev = null, Action<NerEpoch>? progress = null, string description = "")
    {
        if (options.Bits is < MinBits or > MaxBits) throw new ArgumentException($"bits must be between {MinBits} and {MaxBits}");
        if (options.Epochs < 1) throw new ArgumentException("epochs must be at least 1");
        if (train.Count == 0) throw new ArgumentException("no training sentences");
        if (train.FirstOrDefault(s => s.Tags is null) is { } untagged) throw new ArgumentException($"training sentence at line {untagged.Line} has no tags");
        var tags = new NerTagSet(train.SelectMany(s => s.Tags!).Where(t => t != NerTagSet.Outside).Select(t => t[2..]));
        var features = new NerFeatures(options.Features, options.Window);
        var examples = Encode(train, features, tags, options.Bits);
        if (options.MinCount > 1) Prune(examples, options.Bits, options.MinCount);
        var devExamples = dev is null ? null : Encode(dev, features, tags, options.Bits);

        var t = tags.Count;
        var size = (1 << options.Bits) * t;
        var weights = new float[size];
        var sums = new double[size];
        var transitions = new float[(t + 1) * t];
        var transitionSums = new double[transitions.Length];
        var allowed = new bool[(t + 1) * t];
        for (var p = 0; p <= t; p++)
            for (var c = 0; c < t; c++) allowed[p * t + c] = tags.Allowed(p == t ? -1 : p, c);

        var ws = new NerWorkspace();
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var predicted = new int[examples.Max(e => e.Gold.Length)];
        var averaged = new float[size];
        var averagedTransitions = new float[transitions.Length];
        float[]? best = null, bestTransitions = null;
        var bestF1 = -1.0;
        var bestEpoch = 0;
        long step = 1;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var watch = Stopwatch.StartNew();
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var index in order)
            {
                var e = examples[index];
                var n = e.Gold.Length;
                var guess = predicted.AsSpan(0, n);
                ws.Decode(new FloatRows(weights, t), e.Encoded, t, transitions, allowed, guess);
                if (!guess.SequenceEqual(e.Gold))
                {
                    mistakes++;
                    Update(e, guess, t, weights, sums, transitions, transitionSums, step);
                }
                step++;
            }
            Average(weights, sums, step, averaged);
            Average(transitions, transitionSums, step, averagedTransitions);
            EntityScore? score = null;
            if (devExamples is not null)
            {
                score = Evaluate(devExamples, tags, averaged, averagedTransitions, allowed, ws);
                if (score.F1 > bestF1)
                {
                    bestF1 = score.F1;
                    bestEpoch = epoch;
                    best = (float[])averaged.Clone();
                    bestTransitions = (float[])averagedTransitions.Clone();
                }
            }
            progress?.Invoke(new NerEpoch(epoch, mistakes, examples.Count, watch.Elapsed, score));
        }
        var keptEpoch = best is null ? options.Epochs : bestEpoch;
        var about = $"{description}{(description.Length > 0 ? "; " : "")}averaged perceptron, {examples.Count} sentences, epoch {keptEpoch} of {options.Epochs}, seed {options.Seed}, {options.Bits} bits, features {options.Features}";
        return NerModel.Quantize(tags, options.Bits, options.Features, options.Window, best ?? averaged, bestTransitions ?? averagedTransitions, about);
    }

    /// <summary>Every sentence read and encoded once: training visits the rows, never the words again.</summary>
    private static List<Example> Encode(IReadOnlyList<ConllSentence> sentences, NerFeatures features, NerTagSet tags, int bits)
    {
        var examples = new List<Example>(sentences.Count);
        var words = sentences.Select(s => s.Tokens.Select(t => features.Word(t)).ToArray()).ToList();
        var document = features.NewDocument();
        foreach (var w in words) document.Add(w);
        var encoded = new EncodedSentence();
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            if (s.Tags is null) throw new ArgumentException($"sentence at line {s.Line} has no tags");
            features.Encode(words[k], bits, tags.Count, encoded, document, k);
            var repaired = NerTagSet.Repair(s.Tags);
            // A type the training data never had is no tag of the model: it reads as O (dev and test only).
            var gold = repaired.Select(g => Math.Max(0, tags.IndexOf(g))).ToArray();
            examples.Add(new Example(encoded.Compact(tags.Count), gold, s.Tags));
        }
        return examples;
    }

    /// <summary>Drops the rows of features seen on fewer than <paramref name="minCount"/> tokens from the training encodings.</summary>
    private static void Prune(List<Example> examples, int bits, int minCount)
    {
        var counts = new int[1 << bits];
        foreach (var e in examples)
            foreach (var row in e.Encoded.Rows) counts[row]++;
        foreach (var e in examples)
        {
            var s = e.Encoded;
            var kept = new List<int>(s.Rows.Length);
            for (var i = 0; i < s.Length; i++)
            {
                var start = kept.Count;
                for (var k = s.Starts[i]; k < s.Starts[i + 1]; k++)
                    if (counts[s.Rows[k]] >= minCount) kept.Add(s.Rows[k]);
                s.Starts[i] = start;
            }
            s.Starts[s.Length] = kept.Count;
            s.Rows = [.. kept];
        }
    }

    private static void Update(Example e, ReadOnlySpan<int> guess, int t, float[] weights, double[] sums, float[] transitions, double[] transitionSums, long step)
    {
        var s = e.Encoded;
        for (var i = 0; i < e.Gold.Length; i++)
        {
            int g = e.Gold[i], p = guess[i];
            int gPrev = i == 0 ? t : e.Gold[i - 1], pPrev = i == 0 ? t : guess[i - 1];
            if (g != p)
            {
                for (var k = s.Starts[i]; k < s.Starts[i + 1]; k++)
                {
                    var row = s.Rows[k] * t;
                    Add(weights, sums, row + g, 1, step);
                    Add(weights, sums, row + p, -1, step);
                }
            }
            if (g == p && gPrev == pPrev) continue;
            Add(transitions, transitionSums, gPrev * t + g, 1, step);
            Add(transitions, transitionSums, pPrev * t + p, -1, step);
            if (!s.HasPairs) continue;
            var pairs = s.PairRows.AsSpan(i * (t + 1), t + 1);
            Add(weights, sums, pairs[gPrev] * t + g, 1, step);
            Add(weights, sums, pairs[pPrev] * t + p, -1, step);
        }
    }

    private static void Add(float[] weights, double[] sums, int index, int delta, long step)
    {
        weights[index] += delta;
        sums[index] += (double)step * delta;
    }

    /// <summary>The average of the weights over every step so far: w − Σ step·Δ / steps.</summary>
    private static void Average(float[] weights, double[] sums, long step, float[] into)
    {
        for (var i = 0; i < weights.Length; i++) into[i] = (float)(weights[i] - sums[i] / step);
    }

    private static EntityScore Evaluate(List<Example> examples, NerTagSet tags, float[] weights, float[] transitions, bool[] allowed, NerWorkspace ws)
    {
        var score = new EntityScore();
        var t = tags.Count;
        foreach (var e in examples)
        {
            var guess = new int[e.Gold.Length];
            ws.Decode(new FloatRows(weights, t), e.Encoded, t, transitions, allowed, guess);
            score.Add(e.GoldTags, [.. guess.Select(g => tags[g])]);
        }
        return score;
    }
}
