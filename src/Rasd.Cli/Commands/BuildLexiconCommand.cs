using System.CommandLine;
using Rasd.Arabic;
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
            var files = CorpusPass.Files(parse.GetValue(paths)!);
            if (files.Count == 0) return 1;
            var builder = new LexiconBuilder();
            var articles = await CorpusPass.RunAsync(files, builder.Add, ct);
            await using var writer = new StreamWriter(parse.GetValue(output)!);
            var written = builder.Write(writer, parse.GetValue(minCount), $"Counted over {articles:N0} articles of {files.Count} corpus files ({CorpusPass.Describe(files)}).");
            console.MarkupLineInterpolated($"{articles:N0} articles, {builder.Tokens:N0} word tokens, {written:N0} forms written to {parse.GetValue(output)}");
            return 0;
        });
        return command;
    }
}
