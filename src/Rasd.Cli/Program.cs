using System.CommandLine;
using System.Text;
using Rasd.Cli.Commands;
using Spectre.Console;

Console.OutputEncoding = Encoding.UTF8;
var console = AnsiConsole.Create(new AnsiConsoleSettings());
if (Console.IsOutputRedirected) console.Profile.Width = 240; // a pipe or file gets whole lines, not an 80-column squeeze

var root = new RootCommand("Rasd (رصد): Arabic news articles into a sourced, deduplicated timeline of events.")
{
    AnalyzeCommand.Create(console),
    TimelineCommand.Create(console),
    SearchCommand.Create(console),
    IndexCommand.Create(console),
    ServeCommand.Create(),
    ShowCommand.Create(console),
    TextCommand.Create(),
    DuplicatesCommand.Create(console),
    BuildLexiconCommand.Create(console),
    BuildBigramsCommand.Create(console),
    BuildClustersCommand.Create(console),
    TrainNerCommand.Create(console),
    NerCommand.Create(),
};
var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
try
{
    return await root.Parse(args).InvokeAsync(config);
}
catch (Exception e) when (e is FormatException or FileNotFoundException or ArgumentException or InvalidOperationException or InvalidDataException)
{
    Console.Error.WriteLine($"rasd: {e.Message}");
    return 1;
}
