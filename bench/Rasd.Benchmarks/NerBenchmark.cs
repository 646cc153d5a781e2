using System.Diagnostics;
using Rasd.Analysis.Entities.Ner;

namespace Rasd.Benchmarks;

/// <summary>
/// Named-entity tagging throughput on one core over ANERcorp's test sentences, read as one text (each
/// word with its other occurrences in the sentences around it, as <c>rasd ner</c> reads a file):
/// every spelling already read once (the steady state of a long run) and from a cold cache (each
/// spelling read anew: match form, clitics, classes and lexicon counts), in tokens per second;
/// sentence by sentence too; and the entity-level F1 of both.
/// </summary>
public static class NerBenchmark
{
    public static void Run(string? modelPath)
    {
        var path = Path.Combine(Path.GetDirectoryName(Corpus.Root)!, "datasets", "anercorp", "test.txt");
        var sentences = Conll.ReadFile(path);
        var tokens = sentences.Sum(s => s.Tokens.Length);
        var recognizer = modelPath is null ? NamedEntityRecognizer.Default : NamedEntityRecognizer.Load(modelPath);
        var text = sentences.Select(s => (IReadOnlyList<string>)s.Tokens).ToList();
        var tags = new int[tokens];
        void TagAll() => recognizer.TagDocument(text, tags);
        void TagEach()
        {
            var at = 0;
            foreach (var s in sentences)
            {
                recognizer.Tag(s.Tokens, tags.AsSpan(at, s.Tokens.Length));
                at += s.Tokens.Length;
            }
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
        var each = Best(TagEach);
        Console.WriteLine($"{sentences.Count:N0} sentences, {tokens:N0} tokens of {path}");
        Console.WriteLine($"as one text, seen spellings: {tokens / warm.TotalSeconds:N0} tokens/s on one core ({warm.TotalMilliseconds:0} ms, {allocated / (double)tokens:0.0} bytes allocated per token)");
        Console.WriteLine($"as one text, cold cache:     {tokens / cold.TotalSeconds:N0} tokens/s on one core ({cold.TotalMilliseconds:0} ms)");
        Console.WriteLine($"sentence by sentence:        {tokens / each.TotalSeconds:N0} tokens/s on one core ({each.TotalMilliseconds:0} ms)");
        Console.WriteLine("as one text:");
        Console.Write(Score(sentences, recognizer.TagDocument(text)).Report());
        Console.WriteLine("sentence by sentence (no other occurrences to read):");
        Console.Write(Score(sentences, [.. sentences.Select(s => recognizer.Tag(s.Tokens))]).Report());
    }

    private static EntityScore Score(IReadOnlyList<ConllSentence> sentences, IReadOnlyList<string[]> tagged)
    {
        var score = new EntityScore();
        for (var i = 0; i < sentences.Count; i++) score.Add(sentences[i].Tags!, tagged[i]);
        return score;
    }

    private static TimeSpan Best(Action run) => Measure.Best(run, 5);
}
