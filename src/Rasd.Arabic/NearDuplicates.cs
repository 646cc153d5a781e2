using System.Collections.Concurrent;

namespace Rasd.Arabic;

/// <summary>
/// A document's MinHash signature: the minimum, under each of <see cref="Hashes"/> hash functions, of
/// the hashes of its five-word shingles (in match form, so spelling variants of letters and kashida do
/// not matter). The share of equal positions in two signatures estimates the Jaccard similarity of the
/// two documents' shingle sets.
/// </summary>
public sealed class Fingerprint
{
    public const int Hashes = 64;
    private const int ShingleWords = 5;
    private static readonly ulong[] Seeds = [.. Enumerable.Range(0, Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL + 1))];

    private Fingerprint(ulong[] minima, int shingles)
    {
        Minima = minima;
        Shingles = shingles;
    }

    public ulong[] Minima { get; }

    /// <summary>A fingerprint read back from where it was kept (<see cref="Minima"/> and <see cref="Shingles"/>).</summary>
    public static Fingerprint From(ulong[] minima, int shingles) =>
        minima.Length == Hashes ? new(minima, shingles) : throw new ArgumentException($"a fingerprint has {Hashes} hashes, not {minima.Length}", nameof(minima));

    /// <summary>How many shingles the text has: too few make no fingerprint worth comparing.</summary>
    public int Shingles { get; }

    public static Fingerprint Of(string text)
    {
        var words = new List<ulong>();
        foreach (var token in Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(text), segmenter: null))
            if (token.IsWord || token.Kind == Core.Model.TokenKind.Number) words.Add(Fnv(token.Form));
        var minima = Enumerable.Repeat(ulong.MaxValue, Hashes).ToArray();
        var shingles = Math.Max(0, words.Count - ShingleWords + 1);
        for (var i = 0; i < shingles; i++)
        {
            var shingle = 1469598103934665603UL;
            for (var k = 0; k < ShingleWords; k++) shingle = Mix(shingle ^ words[i + k]);
            for (var h = 0; h < Hashes; h++)
            {
                var value = Mix(shingle ^ Seeds[h]);
                if (value < minima[h]) minima[h] = value;
            }
        }
        return new Fingerprint(minima, shingles);
    }

    /// <summary>The estimated Jaccard similarity of two documents' shingles.</summary>
    public double Similarity(Fingerprint other)
    {
        var same = 0;
        for (var h = 0; h < Hashes; h++) if (Minima[h] == other.Minima[h]) same++;
        return (double)same / Hashes;
    }

    private static ulong Fnv(string s)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in s) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    // SplitMix64's finalizer: a fast, well-mixed 64-bit hash of a 64-bit value.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}

/// <summary>
/// Finds near-duplicate documents as they stream by — the same agency story in several outlets, a
/// story republished with a new headline — by locality-sensitive hashing of their fingerprints:
/// 16 bands of 4 hashes, so documents that share most of their five-word shingles meet in a band,
/// and each meeting is confirmed by the signatures' similarity. Memory grows with the documents
/// (half a kilobyte each), not with their length. Thread-safe.
/// </summary>
public sealed class NearDuplicateIndex(double threshold = NearDuplicateIndex.DefaultThreshold)
{
    public const double DefaultThreshold = 0.5;
    public const int MinShingles = 10; // shorter texts (a headline, a caption) say too little to match on
    private const int Bands = 16;
    private const int Rows = Fingerprint.Hashes / Bands;

    private readonly ConcurrentDictionary<(int Band, ulong Key), List<string>> _buckets = new();
    private readonly ConcurrentDictionary<string, Fingerprint> _fingerprints = new(StringComparer.Ordinal);

    // Two documents added at the same time may each find the other in some band: the pair is reported once, by whichever comes first.
    private readonly ConcurrentDictionary<(string, string), byte> _reported = new();

    public double Threshold => threshold;

    /// <summary>Adds a document; returns the documents seen before that it nearly duplicates, most similar first.</summary>
    public IReadOnlyList<(string Id, double Similarity)> Add(string id, Fingerprint fingerprint)
    {
        if (fingerprint.Shingles < MinShingles || !_fingerprints.TryAdd(id, fingerprint)) return [];
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        for (var b = 0; b < Bands; b++)
        {
            var key = 17UL;
            for (var r = 0; r < Rows; r++) key = key * 31 + fingerprint.Minima[b * Rows + r];
            var bucket = _buckets.GetOrAdd((b, key), _ => []);
            lock (bucket)
            {
                candidates.UnionWith(bucket);
                bucket.Add(id);
            }
        }
        return [.. candidates.Select(c => (c, fingerprint.Similarity(_fingerprints[c]))).Where(m => m.Item2 >= threshold)
            .Where(m => _reported.TryAdd(string.CompareOrdinal(id, m.c) < 0 ? (id, m.c) : (m.c, id), 0))
            .OrderByDescending(m => m.Item2).ThenBy(m => m.c, StringComparer.Ordinal)];
    }
}
