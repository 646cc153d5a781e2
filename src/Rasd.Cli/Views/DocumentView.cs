using Rasd.Core.Model;
using Rasd.Core.Text;
using Spectre.Console;

namespace Rasd.Cli.Views;

/// <summary>One document as written, with its dates, names and event triggers marked, then listed.</summary>
public static class DocumentView
{
    public static void Write(IAnsiConsole console, Document doc, PublishedDate published, IReadOnlyList<TimeExpression> times,
        IReadOnlyList<Mention> mentions, IReadOnlyList<EventMention> events)
    {
        console.MarkupLineInterpolated($"[bold]{doc.Title ?? doc.Source}[/]");
        console.MarkupLineInterpolated($"id {doc.Id} · source {doc.Source}{(doc.Outlet is { } outlet ? " · outlet " + outlet : "")} · published {published.Date?.Value ?? "unknown"} ({published.How.ToString().ToLowerInvariant()})");
        if (doc.Repairs.Count > 0)
            console.MarkupLineInterpolated($"repaired PDF text: {string.Join(", ", doc.Repairs.GroupBy(r => r.Kind).Select(g => $"{g.Count()} {g.Key}"))} (rasd text shows the text; the spans below point into it)");
        console.WriteLine();

        // Marks: names ⟦…⟧ blue, dates ⟨…⟩ green, triggers ‹…› red. Overlaps keep the first mark.
        var marks = mentions.Select(m => (m.Raw, Open: "[blue]⟦", Close: "⟧[/]"))
            .Concat(times.Select(t => (t.Raw, Open: "[green]⟨", Close: "⟩[/]")))
            .Concat(events.Select(e => (Raw: e.Trigger, Open: "[red]‹", Close: "›[/]")).DistinctBy(m => m.Raw))
            .OrderBy(m => m.Raw.Start).ToList();
        var text = doc.RawText;
        var builder = new System.Text.StringBuilder();
        var at = 0;
        foreach (var (raw, open, close) in marks)
        {
            if (raw.Start < at) continue;
            builder.Append(Markup.Escape(text[at..raw.Start])).Append(open).Append(Markup.Escape(raw.SliceString(text))).Append(close);
            at = raw.End;
        }
        builder.Append(Markup.Escape(text[at..]));
        console.MarkupLine(builder.ToString());
        console.WriteLine();

        var dates = new Table().Title("Dates").AddColumns("At", "Text", "Kind", "Value", "Anchor or reason");
        foreach (var t in times)
            dates.AddRow(new Text(Span(t.Raw)), new Text(t.Text), new Text(t.Parts.Kind.ToString() + (t.Parts.Mod == TimeMod.None ? "" : $" ({t.Parts.Mod.ToString().ToLowerInvariant()})")),
                new Text(t.Value?.Value ?? t.Duration ?? "—"), new Text(t.Anchor ?? t.Unresolved ?? ""));
        console.Write(dates);

        var names = new Table().Title("Names").AddColumns("At", "Text", "Type", "Key", "Title");
        foreach (var m in mentions) names.AddRow(new Text(Span(m.Raw)), new Text(m.Text), new Text(m.Type.ToString()), new Text(m.Key), new Text(m.Title ?? ""));
        console.Write(names);

        var found = new Table().Title("Event mentions").AddColumns("At", "Type", "Trigger", "Actors", "Counterparts", "Place", "Date", "Negated");
        foreach (var e in events)
            found.AddRow(new Text(Span(e.Trigger)), new Text(e.Type.ToString().ToLowerInvariant()), new Text(e.TriggerText), new Text(string.Join(", ", e.Actors)),
                new Text(string.Join(", ", e.Counterparts)), new Text(e.Place ?? ""), new Text(e.Date?.Value ?? "—"), new Text(e.Negated ? "yes" : ""));
        console.Write(found);
    }

    private static string Span(TextSpan s) => $"{s.Start}–{s.End}";
}
