using System.CommandLine;
using Rasd.Arabic;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd build-bigrams CORPUS... --out FILE [--bits N] [--min-count N] [--hold-out N]</c>: the word-bigram model that repairs damaged PDF text.</summary>
public static class BuildBigramsCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var paths = new Argument<string[]>("CORPUS") { Arity = ArgumentArity.OneOrMore, Description = "JSONL corpora (.jsonl or .jsonl.gz), or folders holding them" };
        var output = new Option<string>("--out") { Description = "The model file to write (gzip)", Required = true, HelpName = "FILE" };
        var bits = new Option<int>("--bits") { Description = "Table size: 2^N buckets", DefaultValueFactory = _ => 23, HelpName = "N" };
        var minCount = new Option<int>("--min-count") { Description = "Leave out buckets counted fewer times", DefaultValueFactory = _ => 3, HelpName = "N" };
        var holdOut = new Option<int>("--hold-out") { Description = "Leave out the first N articles of each file (the repair benchmark reads them)", DefaultValueFactory = _ => 100, HelpName = "N" };
        var command = new Command("build-bigrams", "Count word pairs over corpora into the language model that repairs damaged PDF text") { paths, output, bits, minCount, holdOut };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(bits) is < 8 or > 28) { Console.Error.WriteLine("rasd: --bits must be between 8 and 28"); return 1; }
            var files = CorpusPass.Files(parse.GetValue(paths)!);
            if (files.Count == 0) return 1;
            var builder = new WordBigrams.Builder(parse.GetValue(bits));
            var articles = await CorpusPass.RunAsync(files, builder.Add, ct, parse.GetValue(holdOut));
            await using var stream = File.Create(parse.GetValue(output)!);
            var kept = builder.Write(stream, parse.GetValue(minCount));
            console.MarkupLineInterpolated($"{articles:N0} articles, {builder.WordCount:N0} words, {kept:N0} buckets kept, written to {parse.GetValue(output)}");
            return 0;
        });
        return command;
    }
}
