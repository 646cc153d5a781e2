using Rasd.Core.Model;
using Rasd.Fusion;
using Spectre.Console;

namespace Rasd.Cli.Views;

/// <summary>The timeline as a table: date, event, participants, place, sources and the first source sentence.</summary>
public static class TimelineView
{
    private const int SentenceWidth = 110;

    public static void Write(IAnsiConsole console, IReadOnlyList<Event> events, IReadOnlyList<Entity> entities, int? limit = null)
    {
        if (events.Count == 0)
        {
            console.MarkupLine("[yellow]No events.[/]");
            return;
        }
        var names = entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        string NameOf(string id) => names.GetValueOrDefault(id, id);
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumns("Date", "Event", "Participants", "Place", "Sources", "Source sentence");
        foreach (var e in limit is { } n ? events.Take(n) : events)
        {
            var date = e.Date?.Value ?? "undated";
            if (e.ConflictingDates.Count > 0) date += "\n≠ " + string.Join(", ", e.ConflictingDates.Select(d => d.Value));
            var type = e.Type.ToString().ToLowerInvariant() + (e.Negated ? " (negated)" : "") + (e.Future ? " (planned)" : "") + (e.Hypothetical ? " (unsure)" : "");
            var participants = string.Join("، ", e.Actors.Concat(e.Counterparts).Select(NameOf));
            var first = e.Mentions[0];
            table.AddRow(
                new Text(date),
                new Text(type + "\n" + Timeline.Summary(e, NameOf)),
                new Text(participants),
                new Text(e.Place is null ? "" : NameOf(e.Place)),
                new Text($"{e.SourceCount} ({e.Mentions.Count} mentions)\nconf. {e.Confidence:0.00}"),
                new Text(Shorten(first.SentenceText) + $"\n— {first.DocId}@{first.Sentence.Start}"));
        }
        console.Write(table);
        if (limit is { } l && events.Count > l)
            console.MarkupLine($"[grey]… and {events.Count - l} more events: run 'rasd timeline' to see them all.[/]");
    }

    private static string Shorten(string sentence)
    {
        var oneLine = sentence.ReplaceLineEndings(" ");
        return oneLine.Length <= SentenceWidth ? oneLine : oneLine[..SentenceWidth] + "…";
    }
}
