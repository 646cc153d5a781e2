using System.CommandLine;
using Rasd.Ingest;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd text PATH [--repairs]</c>: the clean, repaired text of one file — the text the analyzers read.</summary>
public static class TextCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "A file to read" };
        var repairs = new Option<bool>("--repairs") { Description = "Also list the repairs made, on standard error" };
        var command = new Command("text", "Print the clean, repaired text of one file, as the analyzers read it") { path, repairs };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(path)!;
            var read = SourceReader.Read(file);
            if (read.Document is not { } document)
            {
                Console.Error.WriteLine($"rasd: {file}: {read.Error}");
                return 1;
            }
            Console.Out.Write(document.RawText);
            if (!document.RawText.EndsWith('\n')) Console.Out.WriteLine();
            if (parse.GetValue(repairs))
                foreach (var r in document.Repairs)
                    Console.Error.WriteLine($"{r.Kind} [{r.Source.Start}, {r.Source.End}): {r.Note}");
            return 0;
        });
        return command;
    }
}
