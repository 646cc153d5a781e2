using System.Globalization;
using System.Text;
using Rasd.Core.Model;
using Rasd.Fusion;

namespace Rasd.Storage;

/// <summary>
/// The timeline in the formats other tools read: CSV (one row per event, names and ids side by
/// side) and PLOVER-style JSON (one record per event: event type and mode, actor and recipient with
/// Wikidata ids where known, location, date, and the sentences that report it).
/// </summary>
public static class Exports
{
    private static readonly string[] CsvHeader =
    [
        "id", "date", "date_start", "date_end", "precision", "type", "plover", "summary", "actors", "actor_ids", "counterparts", "counterpart_ids",
        "place", "place_id", "negated", "future", "hypothetical", "sources", "confidence", "conflicts", "attributions", "first_source", "first_sentence",
    ];

    /// <summary>RFC 4180: comma-separated, every field quoted when it holds a comma, a quote or a line break; lines end in CRLF.</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<Event> events, IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, string> sourceOfDoc)
    {
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        string Name(string id) => byId.TryGetValue(id, out var e) ? e.Name : id;
        WriteRow(writer, CsvHeader);
        foreach (var e in events)
        {
            var first = e.Mentions.Count > 0 ? e.Mentions[0] : null;
            WriteRow(writer,
            [
                e.Id, e.Date?.Value ?? "", Iso(e.Date?.Start), Iso(e.Date?.End), e.Date is { } d ? DateJson.NameOf(d.Precision) : "",
                Type(e.Type), OutputContract.Plover(e.Type) ?? "", Timeline.Summary(e, Name),
                string.Join("؛ ", e.Actors.Select(Name)), string.Join(";", e.Actors), string.Join("؛ ", e.Counterparts.Select(Name)), string.Join(";", e.Counterparts),
                e.Place is null ? "" : Name(e.Place), e.Place ?? "", Flag(e.Negated), Flag(e.Future), Flag(e.Hypothetical),
                e.SourceCount.ToString(CultureInfo.InvariantCulture), e.Confidence.ToString("0.###", CultureInfo.InvariantCulture),
                string.Join(";", e.ConflictingDates.Select(c => c.Value)), string.Join("؛ ", e.Attributions),
                first is null ? "" : sourceOfDoc.GetValueOrDefault(first.DocId, first.DocId), first?.SentenceText.ReplaceLineEndings(" ") ?? "",
            ]);
        }
    }

    /// <summary>PLOVER-style records: CONSULT with its mode (visit, meeting, phone), actors and recipients as entities.</summary>
    public static IReadOnlyList<PloverEvent> Plover(IReadOnlyList<Event> events, IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, string> sourceOfDoc)
    {
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        PloverEntity Of(string id) => byId.TryGetValue(id, out var e)
            ? new PloverEntity(e.Id, e.Name, e.NameLatin, e.Wikidata, e.Type.ToString())
            : new PloverEntity(id, id, null, null, null);
        // PLOVER has no category for statements: they are left out of this export.
        return [.. events.Where(e => OutputContract.Plover(e.Type) is not null).Select(e => new PloverEvent(e.Id, e.Date?.Value, OutputContract.Plover(e.Type)!, Mode(e.Type),
            [.. e.Actors.Select(Of)], [.. e.Counterparts.Select(Of)], e.Place is null ? null : Of(e.Place),
            e.Negated, e.Future, e.Hypothetical, e.Confidence,
            [.. e.Mentions.Select(m => new PloverSource(m.DocId, sourceOfDoc.GetValueOrDefault(m.DocId, m.DocId), m.Sentence.Start, m.Sentence.End, m.SentenceText, m.Attribution))]))];
    }

    // PLOVER's modes of CONSULT: a visit, a meeting (third-party or not), a phone call; the other categories are written without one.
    private static string Mode(EventType type) => type switch
    {
        EventType.Visit => "visit",
        EventType.Meeting => "meeting",
        EventType.Call => "phone",
        _ => "",
    };

    private static string Type(EventType t) => t.ToString().ToLowerInvariant();

    private static string Flag(bool b) => b ? "true" : "false";

    private static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        var line = new StringBuilder();
        foreach (var field in fields)
        {
            if (line.Length > 0) line.Append(',');
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0) line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else line.Append(field);
        }
        writer.Write(line.Append("\r\n"));
    }
}

public sealed record PloverEntity(string Id, string Name, string? NameLatin, string? Wikidata, string? Type);

public sealed record PloverSource(string Doc, string Source, int Start, int End, string Sentence, string? Attribution);

/// <summary>One event as PLOVER records it: <c>eventType</c> CONSULT, its <c>mode</c>, who acted on whom, where and when.</summary>
public sealed record PloverEvent(string Id, string? Date, string EventType, string Mode, IReadOnlyList<PloverEntity> Actor, IReadOnlyList<PloverEntity> Recipient,
    PloverEntity? Location, bool Negated, bool Future, bool Hypothetical, double Confidence, IReadOnlyList<PloverSource> Sources);
