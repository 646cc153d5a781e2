using System.Text;
using BenchmarkDotNet.Attributes;
using Rasd.Arabic;
using Rasd.Ingest;

namespace Rasd.Benchmarks;

/// <summary>
/// The Arabic text layer over real news: normalization alone, and normalization with tokenization
/// and clitic segmentation, on 2,000 articles of the shared corpora (one thread). Throughput is the
/// UTF-8 size of the texts divided by the mean time, printed as MB/s in the summary.
/// </summary>
[MemoryDiagnoser]
public class TextLayerBenchmarks
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = [.. Corpus.Articles(2000).Select(a => a.Title + "\n" + a.Text)];
        _ = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(_texts[0])); // load the lexicon outside the measurement
        Console.WriteLine($"// corpus: {_texts.Length} articles, {Corpus.Megabytes(_texts):0.00} MB of UTF-8 text");
    }

    [Benchmark]
    public int Normalize()
    {
        var n = 0;
        foreach (var t in _texts) n += ArabicNormalizer.ToMatchForm(t).Text.Length;
        return n;
    }

    [IterationSetup(Target = nameof(NormalizeAndTokenizeFirstReading))]
    public void ForgetSpellings() => CliticSegmenter.Default.ClearCache();

    /// <summary>As <see cref="NormalizeAndTokenize"/>, with every spelling segmented afresh (the segmenter's cache emptied first).</summary>
    [Benchmark]
    public int NormalizeAndTokenizeFirstReading() => NormalizeAndTokenize();

    [Benchmark]
    public int NormalizeAndTokenize()
    {
        var n = 0;
        foreach (var t in _texts) n += Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(t)).Length;
        return n;
    }
}

public static class Corpus
{
    public static string Root { get; } = FindShared();

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("No shared/corpus found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<CorpusRecord> Articles(int count)
    {
        var files = Directory.EnumerateFiles(Root, "*.jsonl.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var perFile = (count + files.Count - 1) / files.Count;
        return [.. files.SelectMany(f => JsonlCorpus.Read(f).Take(perFile)).Take(count)];
    }

    public static double Megabytes(IEnumerable<string> texts) => texts.Sum(t => (double)Encoding.UTF8.GetByteCount(t)) / 1e6;
}
