using System.IO.Compression;
using Rasd.Core.Model;

namespace Rasd.Arabic;

/// <summary>
/// A compact word-bigram language model of Arabic news: how often one word follows another in the
/// shared corpora, and how often each word occurs, hashed into one fixed table of quantized log
/// counts (<c>resources/ar/bigrams.bin.gz</c>, made by <c>rasd build-bigrams</c>). Sentence starts
/// are a word of their own (<see cref="SentenceStart"/>). Hash collisions only ever raise a count,
/// and rare pairs are dropped, so the table stays small; what the repair of damaged text asks of it
/// — which of two orders of the same words reads like news — survives that.
/// </summary>
public sealed class WordBigrams
{
    /// <summary>The word before a sentence's first word: «وبحسب» often starts one, «سيرغي» seldom.</summary>
    public const string SentenceStart = "<s>";

    private const string Magic = "RASDBG2";
    private const char Separator = '\u0001';
    private const double Quantum = 8.0;
    private readonly byte[] _table;
    private readonly int _bits;
    private readonly double _words;

    private WordBigrams(byte[] table, int bits, long words)
    {
        _table = table;
        _bits = bits;
        _words = Math.Max(1, words);
    }

    private static readonly Lazy<WordBigrams> Embedded = new(() =>
    {
        using var stream = typeof(WordBigrams).Assembly.GetManifestResourceStream("resources/ar/bigrams.bin.gz")
            ?? throw new FileNotFoundException("No language model 'resources/ar/bigrams.bin.gz' is embedded.");
        return Load(stream);
    });

    public static WordBigrams Default => Embedded.Value;

    public int Bits => _bits;

    /// <summary>About log2 of how often <paramref name="second"/> follows <paramref name="first"/> (match forms); 0 when unseen.</summary>
    public double PairLog(ReadOnlySpan<char> first, ReadOnlySpan<char> second) => _table[Bucket(first, second, _bits)] / Quantum;

    /// <summary>About log2 of how often <paramref name="word"/> occurs; 0 when unseen.</summary>
    public double WordLog(ReadOnlySpan<char> word) => _table[Bucket(word, "", _bits)] / Quantum;

    /// <summary>
    /// log2 of the probability of <paramref name="word"/> after <paramref name="before"/> (null: after
    /// punctuation), the pair's count smoothed with the word's own frequency: a word the corpus never saw
    /// is very unlikely, so a text full of word fragments scores far below the same text made whole.
    /// </summary>
    public double LogProbability(ReadOnlySpan<char> before, ReadOnlySpan<char> word)
    {
        var unigram = (Count(WordLog(word)) + 0.5) / _words;
        if (before.IsEmpty) return Math.Log2(unigram);
        var context = Count(WordLog(before));
        // A pair is never more frequent than either of its words: a bucket that says so holds a collision.
        var pair = Math.Min(Count(PairLog(before, word)), Math.Min(context, Count(WordLog(word))));
        return Math.Log2((pair + Smoothing * unigram) / (context + Smoothing));
    }

    private const double Smoothing = 200;

    private static double Count(double log2) => Math.Pow(2, log2) - 1;

    /// <summary>
    /// Every Arabic word of a text, in match form, with the word before it the way the model counts
    /// pairs: none after punctuation, numbers and Latin, <see cref="SentenceStart"/> at a sentence's start.
    /// </summary>
    public static IEnumerable<(string? Before, string Word)> Words(string text)
    {
        string? previous = SentenceStart;
        foreach (var token in Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(text), segmenter: null))
        {
            if (token.Kind != TokenKind.Word)
            {
                previous = token.Form is "." or "!" or "?" ? SentenceStart : null;
                continue;
            }
            yield return (previous, token.Form);
            previous = token.Form;
        }
    }

    internal static int Bucket(ReadOnlySpan<char> first, ReadOnlySpan<char> second, int bits)
    {
        // FNV-1a, 64 bits: stable across runs and machines (string.GetHashCode is not).
        var hash = 14695981039346656037UL;
        foreach (var c in first) hash = (hash ^ c) * 1099511628211UL;
        hash = (hash ^ Separator) * 1099511628211UL;
        foreach (var c in second) hash = (hash ^ c) * 1099511628211UL;
        return (int)(hash >> (64 - bits));
    }

    public static WordBigrams Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        if (new string(reader.ReadChars(Magic.Length)) != Magic) throw new InvalidDataException("not a Rasd bigram model (or an older one: rebuild it with rasd build-bigrams)");
        var bits = reader.ReadInt32();
        var words = reader.ReadInt64();
        if (bits is < 8 or > 28) throw new InvalidDataException($"bigram model with {bits} bits");
        var table = new byte[1 << bits];
        gzip.ReadExactly(table);
        return new WordBigrams(table, bits, words);
    }

    /// <summary>Counts words and pairs into the table; thread-safe and deterministic (additions commute).</summary>
    public sealed class Builder(int bits)
    {
        private readonly int[] _counts = new int[1 << bits];
        private long _words;

        public long WordCount => Interlocked.Read(ref _words);

        public void Add(string text)
        {
            long n = 0;
            foreach (var (before, word) in Words(text))
            {
                Interlocked.Increment(ref _counts[Bucket(word, "", bits)]);
                n++;
                if (before is null) continue;
                Interlocked.Increment(ref _counts[Bucket(before, word, bits)]);
                if (before == SentenceStart) Interlocked.Increment(ref _counts[Bucket(before, "", bits)]);
            }
            Interlocked.Add(ref _words, n);
        }

        /// <summary>Writes the model; buckets counted fewer than <paramref name="minCount"/> times are left at 0. Returns the buckets kept.</summary>
        public int Write(Stream stream, int minCount)
        {
            var table = new byte[_counts.Length];
            var kept = 0;
            for (var i = 0; i < table.Length; i++)
            {
                if (_counts[i] < minCount) continue;
                table[i] = (byte)Math.Min(255, Math.Round(Quantum * Math.Log2(1 + _counts[i])));
                kept++;
            }
            using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
            using var writer = new BinaryWriter(gzip);
            writer.Write(Magic.ToCharArray());
            writer.Write(bits);
            writer.Write(WordCount);
            writer.Write(table);
            return kept;
        }
    }
}
