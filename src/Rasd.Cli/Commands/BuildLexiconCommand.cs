using System.CommandLine;
using Rasd.Arabic;
using Rasd.Ingest;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd build-lexicon CORPUS... --out FILE [--min-count N]</c>: counts word forms over JSONL corpora.</summary>
public static class BuildLexiconCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var paths = new Argument<string[]>("CORPUS") { Arity = ArgumentArity.OneOrMore, Description = "JSONL corpora (.jsonl or .jsonl.gz), or folders holding them" };
        var output = new Option<string>("--out") { Description = "The lexicon file to write", Required = true, HelpName = "FILE" };
        var minCount = new Option<int>("--min-count") { Description = "Leave out forms seen fewer times", DefaultValueFactory = _ => 3, HelpName = "N" };
        var command = new Command("build-lexicon", "Count Arabic word forms over corpora into the lexicon the clitic segmenter uses") { paths, output, minCount };
        command.SetAction(async (parse, ct) =>
        {
            var files = SourceReader.EnumerateFiles(parse.GetValue(paths)!).Where(JsonlCorpus.IsCorpusFile).ToList();
            if (files.Count == 0)
            {
                Console.Error.WriteLine("rasd: no .jsonl or .jsonl.gz files found");
                return 1;
            }
            var builder = new LexiconBuilder();
            var articles = 0;
            await Parallel.ForEachAsync(files, ct, (file, _) =>
            {
                foreach (var record in JsonlCorpus.Read(file, (line, reason) => Console.Error.WriteLine($"rasd: {file}:{line}: {reason}")))
                {
                    builder.Add(record.Title + "\n" + record.Text);
                    Interlocked.Increment(ref articles);
                }
                return ValueTask.CompletedTask;
            });
            var names = string.Join(", ", files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
            await using var writer = new StreamWriter(parse.GetValue(output)!);
            var written = builder.Write(writer, parse.GetValue(minCount), $"Counted over {articles:N0} articles of {files.Count} corpus files ({names}).");
            console.MarkupLineInterpolated($"{articles:N0} articles, {builder.Tokens:N0} word tokens, {written:N0} forms written to {parse.GetValue(output)}");
            return 0;
        });
        return command;
    }
}
