using System.Diagnostics;
using Rasd.Analysis.Entities.Ner;

namespace Rasd.Benchmarks;

/// <summary>
/// Named-entity tagging throughput on one core over ANERcorp's test sentences: every spelling
/// already read once (the steady state of a long run) and from a cold cache (each spelling read
/// anew: match form, clitics, classes and lexicon counts), in tokens per second; and the
/// entity-level F1 of what was tagged.
/// </summary>
public static class NerBenchmark
{
    public static void Run(string? modelPath)
    {
        var path = Path.Combine(Path.GetDirectoryName(Corpus.Root)!, "datasets", "anercorp", "test.txt");
        var sentences = Conll.ReadFile(path);
        var tokens = sentences.Sum(s => s.Tokens.Length);
        var recognizer = modelPath is null ? NamedEntityRecognizer.Default : NamedEntityRecognizer.Load(modelPath);
        var tags = new int[sentences.Max(s => s.Tokens.Length)];
        void TagAll()
        {
            foreach (var s in sentences) recognizer.Tag(s.Tokens, tags.AsSpan(0, s.Tokens.Length));
        }
        // Warm for a few seconds: the word cache, and the JIT's optimized code (the first passes run unoptimized).
        for (var watch = Stopwatch.StartNew(); watch.Elapsed < TimeSpan.FromSeconds(3);) TagAll();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var warm = Best(TagAll);
        allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 5;
        var cold = Best(() =>
        {
            recognizer.ClearCache();
            Rasd.Arabic.CliticSegmenter.Default.ClearCache();
            TagAll();
        });
        var score = new EntityScore();
        foreach (var s in sentences) score.Add(s.Tags!, recognizer.Tag(s.Tokens));
        Console.WriteLine($"{sentences.Count:N0} sentences, {tokens:N0} tokens of {path}");
        Console.WriteLine($"seen spellings: {tokens / warm.TotalSeconds:N0} tokens/s on one core ({warm.TotalMilliseconds:0} ms, {allocated / (double)tokens:0.0} bytes allocated per token)");
        Console.WriteLine($"cold cache:     {tokens / cold.TotalSeconds:N0} tokens/s on one core ({cold.TotalMilliseconds:0} ms)");
        Console.Write(score.Report());
    }

    private static TimeSpan Best(Action run)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            if (watch.Elapsed < best) best = watch.Elapsed;
        }
        return best;
    }
}
