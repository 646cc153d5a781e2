using System.CommandLine;
using System.Diagnostics;
using Rasd.Search;
using Rasd.Storage;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd index [--data DIR]</c>: build the search index again from every stored document.</summary>
public static class IndexCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var data = CommonOptions.Data();
        var command = new Command("index", "Build the search index of the data folder again from the store (analyze keeps it up to date)") { data };
        command.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data)!;
            using var store = SqliteStore.OpenExisting(dataDir);
            var clock = Stopwatch.StartNew();
            var n = Rebuild(store, dataDir);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
            console.MarkupLineInterpolated($"Indexed {n} documents in {clock.Elapsed.TotalSeconds:0.0} s ({n / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):0} documents/s, peak memory {peak:0} MB) · {SearchIndex.PathIn(dataDir)}");
            return 0;
        });
        return command;
    }

    /// <summary>Rebuilds the index, counting on stderr as it goes.</summary>
    public static int Rebuild(SqliteStore store, string dataDir)
    {
        var clock = Stopwatch.StartNew();
        return ArchiveSearch.Rebuild(store, dataDir, n =>
        {
            if (n % 10_000 == 0 && n > 0) Console.Error.WriteLine($"rasd: indexed {n:N0} documents ({n / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):0}/s)");
        });
    }
}
