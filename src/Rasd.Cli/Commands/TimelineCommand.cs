using System.CommandLine;
using System.Text.Json;
using Rasd.Cli.Views;
using Rasd.Core.Model;
using Rasd.Fusion;
using Rasd.Storage;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd timeline [--data DIR] [--entity NAME] [--from DATE] [--to DATE] [--type TYPE] [--json | --format table|json|csv|plover]</c>.</summary>
public static class TimelineCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var data = CommonOptions.Data();
        var entity = new Option<string[]>("--entity") { Description = "Only events involving this entity (Arabic name or alias, Latin name, or id); repeatable", HelpName = "NAME", AllowMultipleArgumentsPerToken = false };
        var from = new Option<string?>("--from") { Description = "Only events on or after this date (2018, 2018-11 or 2018-11-07)", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "Only events on or before this date", HelpName = "DATE" };
        var type = new Option<string[]>("--type") { Description = "Only events of this type (visit, meeting, call, statement, agreement, request, support, accuse, threaten, deploy); repeatable; without it, every type but statements", HelpName = "TYPE" };
        var json = new Option<bool>("--json") { Description = "Write the timeline as JSON (the contract of docs/OUTPUT.md)" };
        var format = new Option<string>("--format")
        {
            Description = "table (the default), json (the contract of docs/OUTPUT.md, as --json), csv (one row per event), plover (PLOVER-style JSON records)",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv", "plover");
        var command = new Command("timeline", "Print the fused timeline of events") { data, entity, from, to, type, json, format };
        command.SetAction(async (parse, ct) =>
        {
            var filter = new TimelineFilter
            {
                Entities = parse.GetValue(entity) ?? [],
                From = parse.GetValue(from) is { } f ? TimelineFilter.ParseDate(f) : null,
                To = parse.GetValue(to) is { } t ? TimelineFilter.ParseDate(t) : null,
                Types = [.. (parse.GetValue(type) ?? []).Select(EventTypes.Parse)],
            };
            using var store = SqliteStore.OpenExisting(parse.GetValue(data)!);
            var entities = store.Entities();
            if (filter.Entities.FirstOrDefault(q => !Timeline.Matching(entities, q).Any()) is { } unknown)
                Console.Error.WriteLine($"rasd: no entity is named '{unknown}'");
            var events = Timeline.Apply(store.Events(), entities, filter);
            var chosen = parse.GetValue(json) ? "json" : parse.GetValue(format)!;
            var sources = store.Documents().ToDictionary(d => d.Document.Id, d => d.Document.Source, StringComparer.Ordinal);
            await using var stdout = Console.OpenStandardOutput();
            switch (chosen)
            {
                case "json":
                    await JsonSerializer.SerializeAsync(stdout, ResultExport.Build(store, events), Json.Options, ct);
                    await stdout.WriteAsync("\n"u8.ToArray(), ct);
                    break;
                case "plover":
                    await JsonSerializer.SerializeAsync(stdout, Exports.Plover(events, entities, sources), Json.Options, ct);
                    await stdout.WriteAsync("\n"u8.ToArray(), ct);
                    break;
                case "csv":
                {
                    await using var writer = new StreamWriter(stdout, new System.Text.UTF8Encoding(false));
                    Exports.WriteCsv(writer, events, entities, sources);
                    break;
                }
                default:
                    TimelineView.Write(console, events, entities);
                    break;
            }
            return 0;
        });
        return command;
    }
}
