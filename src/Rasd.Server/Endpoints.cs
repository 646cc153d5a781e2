using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rasd.Core.Model;
using Rasd.Fusion;
using Rasd.Search;
using Rasd.Storage;

namespace Rasd.Server;

/// <summary>A document as the reader shows it: its text as written and everything found in it, by offset.</summary>
public sealed record DocumentView(DocumentJson Document, string Text, IReadOnlyList<DocumentEvent> Events);

/// <summary>
/// One event mention of a document, with its type and the fused event it belongs to; a sentence
/// that tells two meetings at once («التقى شويغو وبيلوسوف») belongs to both, all in <see cref="Events"/>.
/// </summary>
public sealed record DocumentEvent(string Type, string? Event, EventMentionJson Mention)
{
    public IReadOnlyList<string> Events { get; init; } = [];
}

public sealed record EntitySummary(string Id, string Type, string Name, int Events);

public sealed record EntityView(EntityJson Entity, IReadOnlyList<EventJson> Events, IReadOnlyList<EntitySummary> CoOccurring);

public sealed record TimelineView(IReadOnlyList<EventJson> Events, IReadOnlyDictionary<string, string> Names);

/// <summary>
/// An article to add: its text as written (required), and what its source says of it. A title
/// or an outlet not given is read from the text's header lines, as for a text file.
/// </summary>
public sealed record NewDocument(string? Text, string? Title = null, string? Outlet = null, string? Url = null, string? Date = null, string? Source = null);

/// <summary>
/// The API: every route answers JSON, and problem details when it cannot. All routes read; the
/// one that adds a document needs the write token the server was started with.
/// </summary>
public static class Endpoints
{
    public const int MaxEntities = 200;

    public static void Map(IEndpointRouteBuilder app, WriteToken? writeToken = null)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/search", (Archive archive, string q, int? limit, int? offset, string? sort, int? facets) =>
            archive.Search(new SearchRequest(q)
            {
                Limit = limit ?? 10,
                Offset = offset ?? 0,
                Sort = sort is null ? SearchSort.Relevance : Enum.TryParse<SearchSort>(sort, true, out var s) ? s : throw new ArgumentException($"'{sort}' is no order: relevance, newest or oldest."),
                FacetSize = facets ?? 10,
            }))
            .WithSummary("Search the articles: words in all their forms, \"phrases\", AND/OR/NOT, entity:, outlet:, type:, date: (docs/OUTPUT.md)");

        api.MapGet("/documents/{id}", (Archive archive, string id) => Document(archive, id) is { } d ? Results.Ok(d) : NotFound($"No document '{id}'."))
            .WithSummary("A document: its text as written, its dates, names, events and repairs, each with its offsets");

        api.MapPost("/documents", async (HttpContext context, Archive archive) =>
        {
            // The token is checked before the body is read: without it, nothing is read or written.
            if (WriteToken.Refusal(writeToken, context.Request) is { } refusal) return refusal;
            var body = await context.Request.ReadFromJsonAsync<NewDocument>(context.RequestAborted)
                ?? throw new ArgumentException("The body must be a JSON object with the article's text.");
            var id = await Task.Run(() => archive.Add(NewDocuments.ToDocument(body)), context.RequestAborted);
            return Results.Created($"/api/documents/{id}", Document(archive, id));
        })
            .Accepts<NewDocument>("application/json")
            .Produces<DocumentView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Add an article (Authorization: Bearer WRITE_TOKEN): analyzed, stored, indexed and fused into the timeline; the same text again replaces it");

        api.MapGet("/entities", (Archive archive, string? q, int? limit) => Entities(archive, q, Math.Clamp(limit ?? 50, 1, MaxEntities)))
            .WithSummary("Entities by name or alias (q), or the most eventful ones");

        api.MapGet("/entities/{id}", (Archive archive, string id) => Entity(archive, id) is { } e ? Results.Ok(e) : NotFound($"No entity '{id}'."))
            .WithSummary("An entity: aliases, roles over time, the events it takes part in and the entities it appears with");

        api.MapGet("/timeline", (Archive archive, string? entity, string? from, string? to, string? type) => Timeline(archive, Filter(entity, from, to, type)))
            .WithSummary("Fused events, filtered by entity, dates (2018, 2018-11, 2018-11-07) and type (comma-separated)");

        api.MapGet("/graph", (Archive archive, string? entity, string? from, string? to) =>
            Graph.Build(Rasd.Fusion.Timeline.Apply(archive.Events, archive.Entities, Filter(entity, from, to, null)), archive.Entity))
            .WithSummary("Who met whom: entities linked by visits, meetings and calls, with counts and dates");

        api.MapGet("/exports/timeline", (Archive archive, string? format, string? entity, string? from, string? to, string? type) =>
        {
            var events = Rasd.Fusion.Timeline.Apply(archive.Events, archive.Entities, Filter(entity, from, to, type));
            var sources = archive.Locked(s => s.Documents().ToDictionary(d => d.Document.Id, d => d.Document.Source, StringComparer.Ordinal));
            switch (format ?? "json")
            {
                case "json":
                    return Results.Json(archive.Locked(s => ResultExport.Build(s, events)), Json.Options);
                case "plover":
                    return Results.Json(Exports.Plover(events, archive.Entities, sources), Json.Options);
                case "csv":
                    var writer = new StringWriter();
                    Exports.WriteCsv(writer, events, archive.Entities, sources);
                    return Results.Text(writer.ToString(), "text/csv; charset=utf-8");
                default:
                    throw new ArgumentException($"'{format}' is no export format: json, csv or plover.");
            }
        }).WithSummary("The timeline as the JSON contract, CSV or PLOVER-style JSON");
    }

    private static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static TimelineFilter Filter(string? entity, string? from, string? to, string? type) => new()
    {
        Entities = entity is null ? [] : [entity],
        From = from is null ? null : TimelineFilter.ParseDate(from),
        To = to is null ? null : TimelineFilter.ParseDate(to),
        Types = type is null ? [] : [.. type.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(EventTypes.Parse)],
    };

    private static TimelineView Timeline(Archive archive, TimelineFilter filter)
    {
        var events = Rasd.Fusion.Timeline.Apply(archive.Events, archive.Entities, filter);
        var ids = events.SelectMany(e => e.Actors.Concat(e.Counterparts).Append(e.Place)).OfType<string>().Distinct(StringComparer.Ordinal);
        return new TimelineView([.. events.Select(e => OutputContract.From(e, archive.NameOf))], ids.ToDictionary(id => id, archive.NameOf, StringComparer.Ordinal));
    }

    private static DocumentView? Document(Archive archive, string id) => archive.Locked(store =>
    {
        if (store.FindDocument(id) is not var (doc, published)) return null;
        var json = OutputContract.From(doc, published, store.TimesOf(doc.Id), store.MentionsOf(doc.Id), store.EntityOfKeys());
        var eventOf = archive.EventsOfMentionsIn(doc.Id);
        var events = store.EventMentionsOf(doc.Id).Select(m =>
        {
            var of = eventOf.GetValueOrDefault(m.Id) ?? [];
            return new DocumentEvent(EventTypes.Name(m.Type), of.FirstOrDefault(), OutputContract.From(m)) { Events = of };
        }).ToList();
        return new DocumentView(json, doc.RawText, events);
    });

    private static IReadOnlyList<EntitySummary> Entities(Archive archive, string? q, int limit)
    {
        var found = string.IsNullOrWhiteSpace(q) ? archive.Entities : Rasd.Fusion.Timeline.Matching(archive.Entities, q);
        return [.. found.Select(e => new EntitySummary(e.Id, e.Type.ToString(), e.Name, archive.EventsOf(e.Id)))
            .OrderByDescending(e => e.Events).ThenBy(e => e.Id, StringComparer.Ordinal).Take(limit)];
    }

    private static EntityView? Entity(Archive archive, string id)
    {
        if (archive.Entity(id) is not { } entity) return null;
        var events = archive.Events.Where(e => e.Actors.Contains(id) || e.Counterparts.Contains(id) || e.Place == id).ToList();
        var with = events.SelectMany(e => e.Actors.Concat(e.Counterparts).Append(e.Place).OfType<string>().Distinct(StringComparer.Ordinal))
            .Where(p => p != id).GroupBy(p => p, StringComparer.Ordinal)
            .Select(g => archive.Entity(g.Key) is { } o ? new EntitySummary(o.Id, o.Type.ToString(), o.Name, g.Count()) : null).OfType<EntitySummary>()
            .OrderByDescending(s => s.Events).ThenBy(s => s.Id, StringComparer.Ordinal).Take(30).ToList();
        return new EntityView(OutputContract.From(entity), [.. events.Select(e => OutputContract.From(e, archive.NameOf))], with);
    }
}
