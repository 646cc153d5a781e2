using System.CommandLine;
using System.Diagnostics;
using Rasd.Arabic;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd build-clusters CORPUS... --out FILE [--words N] [--contexts N] [--min-count N] [--depth N] [--seed N]</c>: the word classes of resources/ar/clusters.tsv.</summary>
public static class BuildClustersCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var paths = new Argument<string[]>("CORPUS") { Arity = ArgumentArity.OneOrMore, Description = "JSONL corpora (.jsonl or .jsonl.gz), or folders holding them" };
        var output = new Option<string>("--out") { Description = "The class file to write", Required = true, HelpName = "FILE" };
        var words = new Option<int>("--words") { Description = "Class at most this many words, the most frequent", DefaultValueFactory = _ => 60_000, HelpName = "N" };
        var contexts = new Option<int>("--contexts") { Description = "Describe words by this many of the most frequent neighbours on each side", DefaultValueFactory = _ => 1000, HelpName = "N" };
        var minCount = new Option<int>("--min-count") { Description = "Leave out words seen fewer times", DefaultValueFactory = _ => 10, HelpName = "N" };
        var depth = new Option<int>("--depth") { Description = "Splits of the class tree (at most 2^N classes)", DefaultValueFactory = _ => 12, HelpName = "N" };
        var window = new Option<int>("--window") { Description = "Neighbours up to N words away on either side, each offset apart", DefaultValueFactory = _ => 1, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "Seed of the splits' starting points", DefaultValueFactory = _ => 1, HelpName = "N" };
        var command = new Command("build-clusters", "Learn word classes from corpora (the recognizer's cluster features)") { paths, output, words, contexts, minCount, depth, window, seed };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(window) is < 1 or > 5) { Console.Error.WriteLine("rasd: --window must be between 1 and 5"); return 1; }
            if (parse.GetValue(depth) is < 1 or > 24) { Console.Error.WriteLine("rasd: --depth must be between 1 and 24"); return 1; }
            if (parse.GetValue(words) < 2 || parse.GetValue(contexts) < 1) { Console.Error.WriteLine("rasd: --words must be at least 2 and --contexts at least 1"); return 1; }
            var files = CorpusPass.Files(parse.GetValue(paths)!);
            if (files.Count == 0) return 1;
            var watch = Stopwatch.StartNew();
            var builder = new WordClusterBuilder();
            var articles = await CorpusPass.RunAsync(files, builder.Add, ct);
            var classes = builder.Build(parse.GetValue(words), parse.GetValue(contexts), parse.GetValue(minCount), parse.GetValue(depth), parse.GetValue(seed), parse.GetValue(window));
            await using var writer = new StreamWriter(parse.GetValue(output)!);
            WordClusterBuilder.Write(writer, classes,
                $"Built by `rasd build-clusters` over {articles:N0} articles of {files.Count} corpus files ({builder.Tokens:N0} tokens): {classes.Count:N0} words, {parse.GetValue(contexts):N0} neighbours at each of {parse.GetValue(window)} offsets a side, {parse.GetValue(depth)} splits, seed {parse.GetValue(seed)}.");
            console.MarkupLineInterpolated($"{articles:N0} articles, {builder.Tokens:N0} tokens, {classes.Count:N0} words in {classes.Select(c => c.Path).Distinct().Count():N0} classes, written to {parse.GetValue(output)} in {watch.Elapsed.TotalSeconds:0} s");
            return 0;
        });
        return command;
    }
}
