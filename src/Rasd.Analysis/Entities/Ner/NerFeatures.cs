using System.Collections.Concurrent;
using Rasd.Arabic;

namespace Rasd.Analysis.Entities.Ner;

/// <summary>Groups of features a model is trained with (kept in the model, so it is read back with the same ones).</summary>
[Flags]
public enum NerFeatureSet
{
    None = 0,
    /// <summary>Stems and clitics read off by the clitic segmenter, for the word and its neighbours.</summary>
    Stems = 1,
    /// <summary>Prefixes and suffixes of one to five letters, of the form and of the stem.</summary>
    Affixes = 2,
    /// <summary>Script, length, article, ta marbuta, tanwin, the shape of digits and Latin.</summary>
    Shape = 4,
    /// <summary>Corpus counts of the lexicon: how frequent the form and stem are, how often the stem takes the article.</summary>
    Lexicon = 8,
    /// <summary>The words two before and two after (one each side is always in).</summary>
    Context2 = 16,
    /// <summary>Word pairs: the word with the one before, with the one after, and the two around it.</summary>
    Bigrams = 32,
    /// <summary>Knowledge-base aliases, titles, gentilics, function words and name particles.</summary>
    Gazetteer = 64,
    /// <summary>The previous tag with the current word (a tag bigram feature).</summary>
    PairWord = 128,
    /// <summary>The neighbours' script, proclitics, ending, frequency and word-list flags.</summary>
    Neighbours = 256,
    /// <summary>Word classes learned from the corpora (clusters.tsv), at several depths, of the word, its stem and its neighbours.</summary>
    Clusters = 512,
    /// <summary>The contexts of the same stem elsewhere in the document (its neighbours, gazetteer phrases around it).</summary>
    Document = 1024,
    All = Stems | Affixes | Shape | Lexicon | Context2 | Bigrams | Gazetteer | PairWord | Neighbours | Clusters | Document,
}

/// <summary>
/// Turns tokens into hashed features. Each spelling is read once (<see cref="Word"/>, a bounded
/// cache: its match form, clitics, affixes, shape, lexicon counts and word-list flags, hashed); a
/// sentence then costs a few integer mixes per token and feature (<see cref="Encode"/>), no strings.
/// </summary>
internal sealed class NerFeatures
{
    /// <summary>At most this many features per token (the word's own and its context's).</summary>
    public const int MaxPerToken = 192;

    private const int MaxCached = 200_000;
    private static readonly ulong SentenceStart = FeatureHash.Of("<s>");
    private static readonly ulong SentenceEnd = FeatureHash.Of("</s>");
    private const string Article = "ال";

    private readonly NerGazetteer _gazetteer;
    private readonly CliticSegmenter _segmenter;
    private readonly WordClusters? _clusters;
    private readonly ConcurrentDictionary<string, NerWord> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, NerWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _cached;

    public NerFeatures(NerFeatureSet set, int window = NerDocument.DefaultWindow, NerGazetteer? gazetteer = null, CliticSegmenter? segmenter = null, WordClusters? clusters = null)
    {
        Window = window;
        if ((set & NerFeatureSet.Clusters) != 0) _clusters = clusters ?? WordClusters.Default;
        Set = set;
        _gazetteer = (set & NerFeatureSet.Gazetteer) != 0 ? gazetteer ?? NerGazetteer.Default : new NerGazetteer();
        _segmenter = segmenter ?? CliticSegmenter.Default;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public NerFeatureSet Set { get; }

    // Bit tests, not Enum.HasFlag: unoptimized (tier-0) code boxes both sides of HasFlag on every call.
    private bool Has(NerFeatureSet group) => (Set & group) != 0;

    /// <summary>Sentences either side in which a word's other occurrences count.</summary>
    public int Window { get; }

    /// <summary>An empty text to add sentences to, for the features of a word's other occurrences.</summary>
    public NerDocument NewDocument() => new(_gazetteer, Window);

    /// <summary>Forgets the spellings read (benchmarks measure the first reading with it).</summary>
    public void ClearCache()
    {
        _cache.Clear();
        _cached = 0;
    }

    /// <summary>A token as written, read once per spelling.</summary>
    public NerWord Word(ReadOnlySpan<char> raw)
    {
        if (_lookup.TryGetValue(raw, out var word)) return word;
        var text = raw.ToString();
        word = Read(text);
        if (Interlocked.Increment(ref _cached) <= MaxCached) _cache.TryAdd(text, word);
        return word;
    }

    private NerWord Read(string raw)
    {
        var core = Core(raw);
        var attached = core.Length != raw.Length;
        var kind = KindOf(core);
        var form = kind == WordKind.Latin ? core.ToString().ToLowerInvariant() : ArabicNormalizer.Normalize(core.ToString());
        string proclitics = "", stem = form, enclitic = "";
        if (kind == WordKind.Arabic)
        {
            var reading = _segmenter.Segment(form, core);
            if (reading.CliticCount > 0)
            {
                proclitics = string.Concat(reading.Proclitics);
                stem = reading.Stem(form);
                enclitic = reading.Enclitic;
            }
        }
        var own = new List<ulong>(32) { Feature(Template.Form, form) };
        if (Has(NerFeatureSet.Stems))
        {
            own.Add(Feature(Template.Stem, stem));
            own.Add(Feature(Template.Proclitics, proclitics));
            own.Add(Feature(Template.Enclitic, enclitic));
        }
        if (Has(NerFeatureSet.Affixes) && kind is WordKind.Arabic or WordKind.Latin)
        {
            Affixes(own, form, FormPrefixes, FormSuffixes);
            if (Has(NerFeatureSet.Stems)) Affixes(own, stem, StemPrefixes, StemSuffixes);
        }
        if (Has(NerFeatureSet.Shape))
        {
            own.Add(FeatureHash.Feature(Template.Kind, (ulong)kind | (attached ? 16UL : 0)));
            own.Add(FeatureHash.Feature(Template.Length, (ulong)Math.Min(form.Length, 10)));
            if (form.StartsWith(Article, StringComparison.Ordinal) || proclitics.EndsWith(Article, StringComparison.Ordinal))
                own.Add(FeatureHash.Feature(Template.Article, 1));
            if (LastLetter(core) == 'ة') own.Add(FeatureHash.Feature(Template.TaMarbuta, 1));
            if (core.IndexOfAny('\u064B', '\u064C', '\u064D') >= 0) own.Add(FeatureHash.Feature(Template.Tanwin, 1));
            if (kind is not WordKind.Arabic) own.Add(Feature(Template.FormShape, ShapeOf(core)));
        }
        var frequency = (byte)0;
        if (Has(NerFeatureSet.Lexicon) && kind == WordKind.Arabic)
        {
            var count = _segmenter.CountOf(form);
            frequency = Bucket(count);
            own.Add(FeatureHash.Feature(Template.Frequency, frequency));
            var stemCount = _segmenter.CountOf(stem);
            own.Add(FeatureHash.Feature(Template.StemFrequency, Bucket(stemCount)));
            // A name seldom takes the article (بوش: البوش is no word), a common noun often does.
            var bare = stem.StartsWith(Article, StringComparison.Ordinal) ? stem[2..] : stem;
            own.Add(FeatureHash.Feature(Template.ArticleShare, ShareBucket(_segmenter.CountOf(Article + bare), _segmenter.CountOf(bare))));
        }
        ulong cluster = 0, coarse = 0;
        if (_clusters is not null)
        {
            // A word too rare to be classed may have a stem that is (بأبيدجان → أبيدجان).
            var path = _clusters.Of(form);
            var stemPath = stem == form ? path : _clusters.Of(stem);
            path ??= stemPath;
            cluster = FeatureHash.Of(path ?? "none");
            coarse = FeatureHash.Of(path is null ? "none" : path[..Math.Min(6, path.Length)]);
            own.Add(FeatureHash.Feature(Template.Cluster, cluster));
            if (path is not null)
            {
                own.Add(Feature(Template.Cluster4, path.AsSpan(0, Math.Min(4, path.Length))));
                own.Add(FeatureHash.Feature(Template.Cluster6, coarse));
                own.Add(Feature(Template.Cluster8, path.AsSpan(0, Math.Min(8, path.Length))));
                own.Add(Feature(Template.Cluster10, path.AsSpan(0, Math.Min(10, path.Length))));
            }
            if (stemPath is not null && stem != form)
            {
                own.Add(Feature(Template.StemCluster, stemPath));
                own.Add(Feature(Template.StemCluster6, stemPath.AsSpan(0, Math.Min(6, stemPath.Length))));
            }
        }
        var flags = _gazetteer.FlagsOf(form);
        if (stem != form) flags |= _gazetteer.FlagsOf(stem);
        if (flags != WordFlags.None) own.Add(FeatureHash.Feature(Template.WordFlags, (ulong)flags));
        ulong[] heads = kind == WordKind.Arabic ? [.. Clitics.Default.Segment(form).Select(r => FeatureHash.Of(r.Stem)).Append(FeatureHash.Of(stem)).Distinct()] : [FeatureHash.Of(form)];
        return new NerWord
        {
            Form = FeatureHash.Of(form),
            Stem = FeatureHash.Of(stem),
            PhraseHeads = heads,
            WeekdayHeads = kind == WordKind.Arabic ? WeekdayHeads(form) : [],
            Proclitics = FeatureHash.Of(proclitics),
            Suffix = FeatureHash.Of(stem.AsSpan(Math.Max(0, stem.Length - 2))),
            Cluster = cluster,
            CoarseCluster = coarse,
            Kind = kind,
            Flags = flags,
            Frequency = frequency,
            Own = [.. own],
        };
    }

    private ulong[] WeekdayHeads(string form) =>
        [.. Clitics.Default.Segment(form).Where(r => r.Proclitics.EndsWith("ال", StringComparison.Ordinal) && _gazetteer.IsWeekday("ال" + r.Stem)).Select(r => FeatureHash.Of(r.Stem))];

    private static ulong Feature(Template template, ReadOnlySpan<char> value) => FeatureHash.Feature(template, FeatureHash.Of(value));

    private static readonly Template[] FormPrefixes = [Template.FormPrefix1, Template.FormPrefix2, Template.FormPrefix3, Template.FormPrefix4, Template.FormPrefix5];
    private static readonly Template[] FormSuffixes = [Template.FormSuffix1, Template.FormSuffix2, Template.FormSuffix3, Template.FormSuffix4, Template.FormSuffix5];
    private static readonly Template[] StemPrefixes = [Template.StemPrefix1, Template.StemPrefix2, Template.StemPrefix3, Template.StemPrefix4, Template.StemPrefix5];
    private static readonly Template[] StemSuffixes = [Template.StemSuffix1, Template.StemSuffix2, Template.StemSuffix3, Template.StemSuffix4, Template.StemSuffix5];

    /// <summary>Prefixes and suffixes of one to five letters, shorter than the word (long ones catch the endings of foreign names: ـوفيتش، ـسكي).</summary>
    private static void Affixes(List<ulong> own, string text, Template[] prefixes, Template[] suffixes)
    {
        for (var n = 1; n <= prefixes.Length && n < text.Length; n++)
        {
            own.Add(Feature(prefixes[n - 1], text.AsSpan(0, n)));
            own.Add(Feature(suffixes[n - 1], text.AsSpan(text.Length - n)));
        }
    }

    /// <summary>The token without punctuation glued to its ends («(د» → «د»), unless it is all punctuation.</summary>
    private static ReadOnlySpan<char> Core(ReadOnlySpan<char> raw)
    {
        int start = 0, end = raw.Length;
        while (start < end && IsMark(raw[start])) start++;
        while (end > start && IsMark(raw[end - 1])) end--;
        return start == end ? raw : raw[start..end];

        static bool IsMark(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
    }

    private static WordKind KindOf(ReadOnlySpan<char> core)
    {
        bool arabic = false, latin = false, digit = false, other = false;
        foreach (var c in core)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFEFF')
            {
                if (char.IsDigit(c)) digit = true;
                else if (char.IsLetter(c)) arabic = true;
            }
            else if (char.IsAsciiDigit(c)) digit = true;
            else if (char.IsLetter(c)) latin = true;
            else if (!char.IsPunctuation(c) && !char.IsSymbol(c)) other = true;
        }
        return (arabic, latin, digit) switch
        {
            (true, false, false) => WordKind.Arabic,
            (false, true, false) => WordKind.Latin,
            (false, false, true) => WordKind.Number,
            (false, false, false) when !other => WordKind.Punctuation,
            _ => WordKind.Mixed,
        };
    }

    /// <summary>Digits as 0, Latin letters as a or A, runs of one class kept short: «2006» → «0000», «CNN» → «AAA».</summary>
    private static string ShapeOf(ReadOnlySpan<char> core)
    {
        var shape = new char[Math.Min(core.Length, 8)];
        for (var i = 0; i < shape.Length; i++)
        {
            var c = core[i];
            shape[i] = char.IsDigit(c) ? '0' : char.IsUpper(c) ? 'A' : char.IsLetter(c) ? 'a' : c;
        }
        return new string(shape);
    }

    private static char LastLetter(ReadOnlySpan<char> core)
    {
        for (var i = core.Length - 1; i >= 0; i--)
            if (char.IsLetter(core[i])) return core[i];
        return '\0';
    }

    /// <summary>Corpus counts in buckets of 1.5 doublings: 0 for unseen, up to 14.</summary>
    private static byte Bucket(int count) => count == 0 ? (byte)0 : (byte)Math.Min(14, 1 + (int)(Math.Log2(count) / 1.5));

    private static ulong ShareBucket(int withArticle, int bare)
    {
        var total = withArticle + bare;
        if (total == 0) return 0;
        var share = (double)withArticle / total;
        return share switch { 0 => 1, < 0.02 => 2, < 0.1 => 3, < 0.3 => 4, < 0.6 => 5, < 0.9 => 6, _ => 7 };
    }

    /// <summary>
    /// Writes the table rows of every token of a sentence into <paramref name="into"/>: the word's own
    /// features, its neighbours' (two each side), word pairs, gazetteer phrases around it; and, per
    /// token and previous tag, the row of the tag-bigram-with-word feature.
    /// </summary>
    public void Encode(ReadOnlySpan<NerWord> words, int bits, int tagCount, EncodedSentence into, NerDocument? document = null, int sentence = 0)
    {
        var n = words.Length;
        into.Ensure(n, tagCount);
        var begin = into.GazetteerBegin.AsSpan(0, n);
        var inside = into.GazetteerInside.AsSpan(0, n);
        var end = into.GazetteerEnd.AsSpan(0, n);
        _gazetteer.Mark(words, begin, inside, end);
        Span<ulong> features = stackalloc ulong[MaxPerToken];
        Span<int> others = stackalloc int[NerDocument.MaxOthers];
        var rows = into.Rows;
        var at = 0;
        for (var i = 0; i < n; i++)
        {
            into.Starts[i] = at;
            var count = Position(words, i, begin, inside, end, features);
            if (document is not null && Has(NerFeatureSet.Document)) count = Others(document, sentence, i, others, features, count);
            for (var k = 0; k < count; k++) rows[at++] = FeatureHash.Row(features[k], bits);
            if (Has(NerFeatureSet.PairWord))
            {
                var pair = FeatureHash.Feature(Template.PairWord, words[i].Form);
                var pairRows = into.PairRows.AsSpan(i * (tagCount + 1), tagCount + 1);
                for (var p = 0; p <= tagCount; p++) pairRows[p] = FeatureHash.Row(FeatureHash.Mix(pair, (ulong)p), bits);
            }
        }
        into.Starts[n] = at;
        into.Length = n;
        into.HasPairs = Has(NerFeatureSet.PairWord);
    }

    private int Position(ReadOnlySpan<NerWord> words, int i, ReadOnlySpan<GazetteerKind> begin, ReadOnlySpan<GazetteerKind> inside, ReadOnlySpan<GazetteerKind> end, Span<ulong> into)
    {
        var n = words.Length;
        var w = words[i];
        var k = 0;
        foreach (var f in w.Own) into[k++] = f;
        into[k++] = FeatureHash.Feature(Template.Bias, 0);
        if (i == 0) into[k++] = FeatureHash.Feature(Template.First, 0);
        if (i == n - 1) into[k++] = FeatureHash.Feature(Template.Last, 0);

        ulong before1 = FormAt(words, i - 1), after1 = FormAt(words, i + 1);
        into[k++] = FeatureHash.Feature(Template.FormBefore1, before1);
        into[k++] = FeatureHash.Feature(Template.FormAfter1, after1);
        if (Has(NerFeatureSet.Context2))
        {
            into[k++] = FeatureHash.Feature(Template.FormBefore2, FormAt(words, i - 2));
            into[k++] = FeatureHash.Feature(Template.FormAfter2, FormAt(words, i + 2));
        }
        var stems = Has(NerFeatureSet.Stems);
        if (stems)
        {
            into[k++] = FeatureHash.Feature(Template.StemBefore1, StemAt(words, i - 1));
            into[k++] = FeatureHash.Feature(Template.StemAfter1, StemAt(words, i + 1));
            if (Has(NerFeatureSet.Context2))
            {
                into[k++] = FeatureHash.Feature(Template.StemBefore2, StemAt(words, i - 2));
                into[k++] = FeatureHash.Feature(Template.StemAfter2, StemAt(words, i + 2));
            }
        }
        if (Has(NerFeatureSet.Bigrams))
        {
            into[k++] = FeatureHash.Feature(Template.FormBigramBefore, FeatureHash.Mix(before1, w.Form));
            into[k++] = FeatureHash.Feature(Template.FormBigramAfter, FeatureHash.Mix(w.Form, after1));
            into[k++] = FeatureHash.Feature(Template.FormAround, FeatureHash.Mix(before1, after1));
            if (stems)
            {
                into[k++] = FeatureHash.Feature(Template.StemBigramBefore, FeatureHash.Mix(StemAt(words, i - 1), w.Stem));
                into[k++] = FeatureHash.Feature(Template.StemBigramAfter, FeatureHash.Mix(w.Stem, StemAt(words, i + 1)));
            }
        }
        if (Has(NerFeatureSet.Neighbours))
        {
            NerWord? prev = i > 0 ? words[i - 1] : null, next = i + 1 < n ? words[i + 1] : null;
            into[k++] = FeatureHash.Feature(Template.KindBefore, prev is null ? 0 : (ulong)prev.Kind);
            into[k++] = FeatureHash.Feature(Template.KindAfter, next is null ? 0 : (ulong)next.Kind);
            into[k++] = FeatureHash.Feature(Template.FlagsBefore, prev is null ? 255 : (ulong)prev.Flags);
            into[k++] = FeatureHash.Feature(Template.FlagsAfter, next is null ? 255 : (ulong)next.Flags);
            into[k++] = FeatureHash.Feature(Template.SuffixBefore, prev?.Suffix ?? SentenceStart);
            into[k++] = FeatureHash.Feature(Template.SuffixAfter, next?.Suffix ?? SentenceEnd);
            into[k++] = FeatureHash.Feature(Template.FrequencyBefore, prev is null ? 255UL : prev.Frequency);
            into[k++] = FeatureHash.Feature(Template.FrequencyAfter, next is null ? 255UL : next.Frequency);
            if (stems)
            {
                into[k++] = FeatureHash.Feature(Template.ProcliticsBefore, prev?.Proclitics ?? SentenceStart);
                into[k++] = FeatureHash.Feature(Template.ProcliticsAfter, next?.Proclitics ?? SentenceEnd);
            }
        }
        if (Has(NerFeatureSet.Clusters))
        {
            into[k++] = FeatureHash.Feature(Template.ClusterBefore, i > 0 ? words[i - 1].Cluster : SentenceStart);
            into[k++] = FeatureHash.Feature(Template.ClusterAfter, i + 1 < n ? words[i + 1].Cluster : SentenceEnd);
            into[k++] = FeatureHash.Feature(Template.Cluster6Before, i > 0 ? words[i - 1].CoarseCluster : SentenceStart);
            into[k++] = FeatureHash.Feature(Template.Cluster6After, i + 1 < n ? words[i + 1].CoarseCluster : SentenceEnd);
            if (Has(NerFeatureSet.Context2))
            {
                into[k++] = FeatureHash.Feature(Template.Cluster6Before2, i > 1 ? words[i - 2].CoarseCluster : SentenceStart);
                into[k++] = FeatureHash.Feature(Template.Cluster6After2, i + 2 < n ? words[i + 2].CoarseCluster : SentenceEnd);
            }
        }
        if (Has(NerFeatureSet.Gazetteer))
        {
            k = Kinds(Template.GazetteerBegin, begin[i], into, k);
            k = Kinds(Template.GazetteerInside, inside[i] & ~begin[i], into, k);
            if (i > 0) k = Kinds(Template.GazetteerEndBefore, end[i - 1], into, k);
            if (i + 1 < n) k = Kinds(Template.GazetteerBeginAfter, begin[i + 1], into, k);
        }
        return k;
    }

    /// <summary>What the other occurrences of the word in the text stand among: their neighbours and gazetteer phrases.</summary>
    private static int Others(NerDocument document, int sentence, int i, Span<int> others, Span<ulong> into, int k)
    {
        var found = document.Others(sentence, i, others);
        into[k++] = FeatureHash.Feature(Template.OtherCount, (ulong)found);
        foreach (var at in others[..found])
        {
            var (before, after) = document.Around(at);
            into[k++] = FeatureHash.Feature(Template.OtherFormBefore, before?.Form ?? SentenceStart);
            into[k++] = FeatureHash.Feature(Template.OtherFormAfter, after?.Form ?? SentenceEnd);
            into[k++] = FeatureHash.Feature(Template.OtherClusterBefore, before?.CoarseCluster ?? SentenceStart);
            into[k++] = FeatureHash.Feature(Template.OtherClusterAfter, after?.CoarseCluster ?? SentenceEnd);
            k = Kinds(Template.OtherGazetteerInside, document.InsideAt(at), into, k);
            k = Kinds(Template.OtherGazetteerEndBefore, document.EndBefore(at), into, k);
        }
        return k;
    }

    private static int Kinds(Template template, GazetteerKind kinds, Span<ulong> into, int k)
    {
        for (var b = 0; b < 8 && kinds != 0; b++)
            if (((int)kinds & (1 << b)) != 0) into[k++] = FeatureHash.Feature(template, (ulong)b);
        return k;
    }

    private static ulong FormAt(ReadOnlySpan<NerWord> words, int i) =>
        i < 0 ? SentenceStart : i >= words.Length ? SentenceEnd : words[i].Form;

    private static ulong StemAt(ReadOnlySpan<NerWord> words, int i) =>
        i < 0 ? SentenceStart : i >= words.Length ? SentenceEnd : words[i].Stem;
}
