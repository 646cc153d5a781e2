using System.CommandLine;
using Rasd.Analysis;
using Rasd.Cli.Views;
using Rasd.Ingest;
using Rasd.Storage;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd show DOC [--data DIR]</c>: a stored document (by id, id prefix or source path), or a file analyzed on the spot.</summary>
public static class ShowCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var doc = new Argument<string>("DOC") { Description = "A document id (or its first 6+ characters), its source path, or a file to analyze without storing" };
        var data = CommonOptions.Data();
        var command = new Command("show", "Show one document with its dates, names and events marked") { doc, data };
        command.SetAction(parse =>
        {
            var query = parse.GetValue(doc)!;
            var dataDir = parse.GetValue(data)!;
            if (File.Exists(Path.Combine(dataDir, SqliteStore.FileName)))
            {
                using var store = SqliteStore.Open(dataDir);
                if (store.FindDocument(query) is var (document, published))
                {
                    DocumentView.Write(console, document, published, store.TimesOf(document.Id), store.MentionsOf(document.Id), store.EventMentionsOf(document.Id));
                    return 0;
                }
            }
            if (!File.Exists(query))
            {
                Console.Error.WriteLine($"rasd: '{query}' is neither a stored document in '{dataDir}' nor a file");
                return 1;
            }
            var read = SourceReader.Read(query);
            if (read.Document is null)
            {
                Console.Error.WriteLine($"rasd: {query}: {read.Error}");
                return 1;
            }
            var analyzed = RasdPipeline.Default.Run(read.Document);
            DocumentView.Write(console, analyzed.Document, analyzed.Published, analyzed.TimeExpressions, analyzed.Mentions, analyzed.EventMentions);
            return 0;
        });
        return command;
    }
}
