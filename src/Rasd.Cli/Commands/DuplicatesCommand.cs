using Rasd.Arabic;
using System.Collections.Concurrent;
using System.CommandLine;
using System.Text.Json;
using Rasd.Ingest;
using Rasd.Storage;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd duplicates PATH... [--threshold T] [--json]</c>: near-duplicate documents among files, corpora and archives.</summary>
public static class DuplicatesCommand
{
    public sealed record PairJson(string A, string B, double Similarity, string? TitleA, string? TitleB);

    public static Command Create(IAnsiConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Files and folders (recursively): text, web pages, corpora, archives" };
        var threshold = new Option<double>("--threshold") { Description = "Least estimated share of five-word shingles in common (0..1)", DefaultValueFactory = _ => NearDuplicateIndex.DefaultThreshold, HelpName = "T" };
        var json = new Option<bool>("--json") { Description = "Write the pairs as JSON" };
        var command = new Command("duplicates", "List near-duplicate documents: the same story in several outlets or files") { paths, threshold, json };
        command.SetAction(async (parse, ct) =>
        {
            var t = parse.GetValue(threshold);
            if (t is <= 0 or > 1) { Console.Error.WriteLine("rasd: --threshold must be in (0, 1]"); return 1; }
            var index = new NearDuplicateIndex(t);
            var pairs = new ConcurrentBag<PairJson>();
            var titles = new ConcurrentDictionary<string, (string Source, string? Title)>(StringComparer.Ordinal);
            int documents = 0, failures = 0;
            await Parallel.ForEachAsync(SourceReader.EnumerateFiles(parse.GetValue(paths)!), ct, (file, _) =>
            {
                foreach (var read in SourceReader.ReadAll(file))
                {
                    if (read.Document is not { } d)
                    {
                        Interlocked.Increment(ref failures);
                        Console.Error.WriteLine($"rasd: {read.Path}: {read.Error}");
                        continue;
                    }
                    Interlocked.Increment(ref documents);
                    titles[d.Id] = (d.Source, d.Title);
                    foreach (var (other, similarity) in index.Add(d.Id, Fingerprint.Of(d.RawText)))
                    {
                        var (a, b) = string.CompareOrdinal(titles[other].Source, d.Source) <= 0 ? (other, d.Id) : (d.Id, other);
                        pairs.Add(new PairJson(titles[a].Source, titles[b].Source, Math.Round(similarity, 3), titles[a].Title, titles[b].Title));
                    }
                }
                return ValueTask.CompletedTask;
            });
            var sorted = pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal).ToList();
            if (parse.GetValue(json)) Console.Out.WriteLine(JsonSerializer.Serialize(sorted, Json.Options));
            else
            {
                foreach (var p in sorted) console.WriteLine($"{p.Similarity:0.00}  {p.A}  {p.B}");
                console.MarkupLineInterpolated($"{documents:N0} documents, {sorted.Count:N0} near-duplicate pairs (similarity ≥ {t:0.00}), {failures:N0} failed");
            }
            return failures > 0 ? 2 : 0;
        });
        return command;
    }
}
