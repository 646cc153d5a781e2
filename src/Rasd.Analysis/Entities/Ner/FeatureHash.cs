namespace Rasd.Analysis.Entities.Ner;

/// <summary>
/// The kinds of feature; a feature is its template mixed with a value (a word's hash, a bucket),
/// hashed into one fixed table. The numbers are part of the model format: add, never renumber.
/// </summary>
internal enum Template : ulong
{
    Bias = 1, Form, Stem, Proclitics, Enclitic,
    FormPrefix1, FormPrefix2, FormPrefix3, FormSuffix1, FormSuffix2, FormSuffix3,
    StemPrefix1, StemPrefix2, StemPrefix3, StemSuffix1, StemSuffix2, StemSuffix3,
    Kind, Length, Article, TaMarbuta, Tanwin, Frequency, StemFrequency, ArticleShare, WordFlags,
    First, Last,
    FormBefore2, FormBefore1, FormAfter1, FormAfter2,
    StemBefore2, StemBefore1, StemAfter1, StemAfter2,
    KindBefore, KindAfter, ProcliticsBefore, ProcliticsAfter, FlagsBefore, FlagsAfter,
    FormBigramBefore, FormBigramAfter, StemBigramBefore, StemBigramAfter,
    GazetteerBegin, GazetteerInside, GazetteerEndBefore, GazetteerBeginAfter,
    PairWord, FormShape, SuffixBefore, SuffixAfter, FormAround, FrequencyBefore, FrequencyAfter,
    Cluster4, Cluster6, Cluster8, Cluster10, Cluster, StemCluster6, StemCluster,
    ClusterBefore, ClusterAfter, Cluster6Before, Cluster6After, Cluster6Before2, Cluster6After2,
    FormPrefix4, FormPrefix5, FormSuffix4, FormSuffix5, StemPrefix4, StemPrefix5, StemSuffix4, StemSuffix5,
    OtherFormBefore, OtherFormAfter, OtherClusterBefore, OtherClusterAfter, OtherGazetteerInside, OtherGazetteerEndBefore, OtherCount,
}

/// <summary>Stable 64-bit hashes (the same on every machine and run, unlike string.GetHashCode).</summary>
internal static class FeatureHash
{
    /// <summary>FNV-1a over the characters.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    /// <summary>Combines two hashes, order-sensitive, with a full avalanche (splitmix64's finalizer).</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var z = a * 0x9E3779B97F4A7C15UL + b + 0x632BE59BD9B4E019UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Feature(Template template, ulong value) => Mix((ulong)template, value);

    /// <summary>The table row of a feature: its top <paramref name="bits"/> bits.</summary>
    public static int Row(ulong feature, int bits) => (int)(feature >> (64 - bits));
}
