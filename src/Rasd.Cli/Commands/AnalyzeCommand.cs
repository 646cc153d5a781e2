using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Rasd.Analysis;
using Rasd.Analysis.Entities;
using Rasd.Cli.Running;
using Rasd.Cli.Views;
using Rasd.Core.Model;
using Rasd.Fusion;
using Rasd.Search;
using Rasd.Storage;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd analyze PATH... [--out FILE] [--data DIR]</c>: analyze, store, fuse, print the timeline.</summary>
public static class AnalyzeCommand
{
    /// <summary>Exit code when some inputs could not be read but the rest were analyzed.</summary>
    public const int SomeInputsFailed = 2;
    private const int PrintedEventsLimit = 60;

    public static Command Create(IAnsiConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders (read recursively) of articles" };
        var output = new Option<string?>("--out") { Description = "Also write the whole result as JSON (docs/OUTPUT.md) to this file", HelpName = "FILE" };
        var data = CommonOptions.Data();
        var overrides = new Option<string?>("--overrides")
        {
            Description = $"Entity merges and splits (merge<TAB>NAME<TAB>OTHER, split<TAB>NAME per line); default: {EntityOverrides.FileName} in the data folder, if there",
            HelpName = "FILE",
        };
        var command = new Command("analyze", "Analyze articles into the store and print the fused timeline") { paths, output, data, overrides };
        command.SetAction(async (parse, ct) =>
        {
            // The user's corrections are read first: a bad file stops the run before any work is done.
            var dataDir = parse.GetValue(data)!;
            if (parse.GetValue(overrides) is { } given && !File.Exists(given)) throw new FileNotFoundException($"{given}: no such overrides file");
            var corrections = parse.GetValue(overrides) is { } overridesFile ? EntityOverrides.Load(overridesFile) : EntityOverrides.InDataFolder(dataDir);
            using var store = SqliteStore.Open(dataDir);
            // A store analyzed before it had an index is indexed whole first, so search sees all of it.
            if (!SearchIndex.ExistsIn(dataDir) && store.DocumentCount > 0) IndexCommand.Rebuild(store, dataDir);
            var clock = Stopwatch.StartNew();
            RunSummary summary;
            FusedResult fused;
            using (var index = SearchIndex.OpenForWriting(dataDir))
            {
                var run = new AnalysisRun(RasdPipeline.Default, store, index);
                summary = await WithProgress(console, onStored => run.RunAsync(parse.GetValue(paths)!, onStored, ct));
                fused = ArchiveUpdate.Fuse(store, index, new Fuser(KnowledgeBase.Default, corrections), RasdPipeline.Default.Run);
            }
            clock.Stop();

            TimelineView.Write(console, Timeline.Apply(fused.Events, fused.Entities, new TimelineFilter()), fused.Entities, PrintedEventsLimit);
            if (parse.GetValue(output) is { } file)
            {
                await using var stream = File.Create(file);
                await JsonSerializer.SerializeAsync(stream, ResultExport.Build(store), Json.Options, ct);
                console.MarkupLineInterpolated($"Wrote {file}");
            }
            var rate = summary.Stored / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
            console.MarkupLineInterpolated($"{summary.Read} read, {summary.Stored} analyzed, {summary.Failures.Count} failed · {fused.Events.Count(e => e.Type != EventType.Statement)} events, {fused.Events.Count(e => e.Type == EventType.Statement)} statements, {fused.Entities.Count} entities · {clock.Elapsed.TotalSeconds:0.0} s ({rate:0} articles/s, peak memory {peak:0} MB) · store {store.Path}");
            foreach (var (path, reason) in summary.Failures)
                Console.Error.WriteLine($"rasd: {path}: {reason}");
            return summary.Failures.Count == 0 ? 0 : SomeInputsFailed;
        });
        return command;
    }

    private const int PipedProgressEvery = 5000;

    /// <summary>A live count on a terminal; on a pipe, a line on stderr every <see cref="PipedProgressEvery"/> articles.</summary>
    private static async Task<RunSummary> WithProgress(IAnsiConsole console, Func<Action<int>, Task<RunSummary>> run)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            var clock = Stopwatch.StartNew();
            var next = PipedProgressEvery;
            return await run(n =>
            {
                if (n < next) return;
                next = (n / PipedProgressEvery + 1) * PipedProgressEvery;
                Console.Error.WriteLine($"rasd: analyzed {n:N0} articles ({n / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):0}/s, {Process.GetCurrentProcess().WorkingSet64 / (1024 * 1024)} MB)");
            });
        }
        RunSummary? summary = null;
        await console.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Analyzing").IsIndeterminate();
                var clock = Stopwatch.StartNew();
                summary = await run(n => task.Description = $"Analyzed {n:N0} articles · {n / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):0}/s · {Process.GetCurrentProcess().WorkingSet64 / (1024 * 1024)} MB");
                task.StopTask();
            });
        return summary!;
    }
}
