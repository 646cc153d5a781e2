using Rasd.Core.Model;

namespace Rasd.Storage;

// The JSON output contract of docs/OUTPUT.md (schema: docs/output.schema.json). Users and scripts
// rely on these names: extend them, never rename or drop them.

public sealed record ResultJson(IReadOnlyList<DocumentJson> Documents, IReadOnlyList<EntityJson> Entities, IReadOnlyList<EventJson> Events);

public sealed record DocumentJson(string Id, string Source, string? Title, string? Outlet, string? Url, PublishedJson Published, IReadOnlyList<RepairJson> Repairs,
    IReadOnlyList<TimeJson> Times)
{
    /// <summary>Every name in the text, in order, with the entity it was resolved to.</summary>
    public IReadOnlyList<NameJson> Names { get; init; } = [];
}

/// <summary>
/// A name in a document: its span, its type, the entity it is, the title before it, whether it is an
/// office standing for its holder, and which recognizer found it (<c>rules</c> or <c>model</c>).
/// </summary>
public sealed record NameJson(int Start, int End, string Text, string Type, string Entity, SpanJson? Title, bool RoleOnly, string Source);

/// <summary>A time expression of a document: its span, what kind it is, and its value — or why it has none.</summary>
public sealed record TimeJson(int Start, int End, string Text, string Kind, DateJson? Value, string? Mod, string? Duration, string? Anchor, string? Unresolved);

/// <summary>A repair of damaged text: its kind, the span it changed in the text as read (the file), and what it did.</summary>
public sealed record RepairJson(string Kind, int Start, int End, string Note);

public sealed record PublishedJson(string? Value, string? Precision, string How, double Confidence, string? Basis);

public sealed record DateJson(string Value, string Start, string End, string Precision)
{
    public static DateJson? From(DateValue? d) => d is null ? null
        : new(d.Value, d.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            d.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), NameOf(d.Precision));

    public static string NameOf(DatePrecision p) => p.ToString().ToLowerInvariant();
}

public sealed record RoleJson(string Title, string Doc, DateJson? Date, string? Office, string? Organization, string? Country);

/// <summary>An office held over time: the first and last date a document gives it, and those documents.</summary>
public sealed record PositionJson(string Office, string? Organization, string? Country, string Title, DateJson? From, DateJson? To, IReadOnlyList<string> Docs);

public sealed record EntityJson(string Id, string Type, string Name, string? NameLatin, string? Wikidata, IReadOnlyList<string> Aliases,
    IReadOnlyList<RoleJson> Roles, IReadOnlyList<string> MergedBecause)
{
    public IReadOnlyList<PositionJson> Positions { get; init; } = [];
}

public sealed record SpanJson(int Start, int End, string Text);

public sealed record EventMentionJson(string Doc, int Start, int End, string Text, SpanJson Trigger, SpanJson? Time, DateJson? Date,
    IReadOnlyList<string> Actors, IReadOnlyList<string> Counterparts, string? Place, bool Negated, bool Historical, string? DatedBy)
{
    public bool Future { get; init; }

    public bool Hypothetical { get; init; }

    public string? Attribution { get; init; }

    /// <summary>For a statement: what was said, as written.</summary>
    public SpanJson? Quote { get; init; }

    /// <summary>Counterparts named only as a group («مسؤولين روس»), with their spans.</summary>
    public IReadOnlyList<SpanJson> Groups { get; init; } = [];

    /// <summary>Who acts, named only as a group («وفد من وزارة الخارجية»), with their spans.</summary>
    public IReadOnlyList<SpanJson> ActorGroups { get; init; } = [];
}

public sealed record EventJson(string Id, string Type, string? Plover, string Summary, DateJson? Date, IReadOnlyList<string> Actors, IReadOnlyList<string> Counterparts,
    string? Place, bool Negated, double Confidence, int Sources, IReadOnlyList<DateJson> Conflicts, IReadOnlyList<EventMentionJson> Mentions)
{
    public bool Future { get; init; }

    public bool Hypothetical { get; init; }

    public IReadOnlyList<string> Attributions { get; init; } = [];

    /// <summary>Counterparts its reports name only as a group («مسؤولين روس»), as written.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>Who acted, named only as a group («وفد من وزارة الخارجية»), as written: its reports name no actor.</summary>
    public IReadOnlyList<string> ActorGroups { get; init; } = [];

    /// <summary>For a visit, the meetings held during it; for a meeting, the visit it was held during.</summary>
    public IReadOnlyList<string> Meetings { get; init; } = [];

    public string? Visit { get; init; }
}

public static class OutputContract
{
    /// <summary>
    /// PLOVER's name for each Rasd event type: a visit, a meeting and a call are modes of CONSULT; a deployment is MOBILIZE.
    /// PLOVER has no category for a statement (CAMEO's 01, MAKE PUBLIC STATEMENT): null.
    /// </summary>
    public static string? Plover(EventType type) => type switch
    {
        EventType.Visit or EventType.Meeting or EventType.Call => "CONSULT",
        EventType.Agreement => "AGREE",
        EventType.Request => "REQUEST",
        EventType.Support => "SUPPORT",
        EventType.Accuse => "ACCUSE",
        EventType.Threaten => "THREATEN",
        EventType.Deploy => "MOBILIZE",
        EventType.Statement => null,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static DocumentJson From(Document d, PublishedDate published, IReadOnlyList<TimeExpression> times,
        IReadOnlyList<Mention>? names = null, IReadOnlyDictionary<string, string>? entityOfKey = null) => new(d.Id, d.Source, d.Title, d.Outlet, d.Url,
        new PublishedJson(published.Date?.Value, published.Date is { } p ? DateJson.NameOf(p.Precision) : null, published.How.ToString().ToLowerInvariant(),
            published.Date is null ? 0 : published.Confidence, published.Basis),
        [.. d.Repairs.Select(r => new RepairJson(CamelCase(r.Kind.ToString()), r.Source.Start, r.Source.End, r.Note))],
        [.. times.Select(From)])
    {
        Names = [.. (names ?? []).Select(m => new NameJson(m.Raw.Start, m.Raw.End, m.Text, m.Type.ToString(), entityOfKey?.GetValueOrDefault(m.Key) ?? m.Key,
            m.TitleRaw is { } t ? new SpanJson(t.Start, t.End, m.Title ?? "") : null, m.RoleOnly, m.Source))],
    };

    public static TimeJson From(TimeExpression t) => new(t.Raw.Start, t.Raw.End, t.Text, CamelCase(t.Parts.Kind.ToString()), DateJson.From(t.Value),
        t.Parts.Mod == TimeMod.None ? null : CamelCase(t.Parts.Mod.ToString()), t.Duration, t.Anchor, t.Unresolved);

    private static string CamelCase(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    public static EntityJson From(Entity e) => new(e.Id, e.Type.ToString(), e.Name, e.NameLatin, e.Wikidata, e.Aliases,
        [.. e.Roles.Select(r => new RoleJson(r.Title, r.Doc, DateJson.From(r.Date), r.Office, r.Organization, r.Country))], e.MergedBecause)
    {
        Positions = [.. e.Positions.Select(p => new PositionJson(p.Office, p.Organization, p.Country, p.Title, DateJson.From(p.From), DateJson.From(p.To), p.Docs))],
    };

    public static EventJson From(Event e, Func<string, string> nameOf) => new(e.Id, e.Type.ToString().ToLowerInvariant(), Plover(e.Type),
        Rasd.Fusion.Timeline.Summary(e, nameOf), DateJson.From(e.Date),
        e.Actors, e.Counterparts, e.Place, e.Negated, e.Confidence, e.SourceCount,
        [.. e.ConflictingDates.Select(d => DateJson.From(d)!)], [.. e.Mentions.Select(From)])
    {
        Future = e.Future, Hypothetical = e.Hypothetical, Attributions = e.Attributions, Meetings = e.Meetings, Visit = e.Visit, Groups = e.Groups, ActorGroups = e.ActorGroups,
    };

    public static EventMentionJson From(EventMention m) => new(m.DocId, m.Sentence.Start, m.Sentence.End, m.SentenceText,
        new SpanJson(m.Trigger.Start, m.Trigger.End, m.TriggerText),
        m.TimeRaw is { } t ? new SpanJson(t.Start, t.End, m.TimeText ?? "") : null,
        DateJson.From(m.Date), m.Actors, m.Counterparts, m.Place, m.Negated, m.Historical, m.DatedBy)
    {
        Future = m.Future, Hypothetical = m.Hypothetical, Attribution = m.Attribution,
        Quote = m.Quote is { } q ? new SpanJson(q.Start, q.End, m.QuoteText ?? "") : null,
        Groups = [.. m.Groups.Select(g => new SpanJson(g.Raw.Start, g.Raw.End, g.Text))],
        ActorGroups = [.. m.ActorGroups.Select(g => new SpanJson(g.Raw.Start, g.Raw.End, g.Text))],
    };
}

/// <summary>Builds the whole JSON result, or the part of it a timeline shows, from the store.</summary>
public static class ResultExport
{
    public static ResultJson Build(SqliteStore store, IReadOnlyList<Event>? events = null)
    {
        var entities = store.Entities();
        var names = entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        string NameOf(string id) => names.GetValueOrDefault(id, id);
        var allDocs = store.Documents();
        var entityOfKey = store.EntityOfKeys();
        DocumentJson Doc(Document d, PublishedDate published) => OutputContract.From(d, published, store.TimesOf(d.Id), store.MentionsOf(d.Id), entityOfKey);
        if (events is null)
            return new ResultJson([.. allDocs.Select(d => Doc(d.Document, d.Published))], [.. entities.Select(OutputContract.From)],
                [.. store.Events().Select(e => OutputContract.From(e, NameOf))]);
        var docIds = events.SelectMany(e => e.Mentions.Select(m => m.DocId)).ToHashSet(StringComparer.Ordinal);
        var entityIds = events.SelectMany(e => e.Actors.Concat(e.Counterparts).Append(e.Place)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new ResultJson(
            [.. allDocs.Where(d => docIds.Contains(d.Document.Id)).Select(d => Doc(d.Document, d.Published))],
            [.. entities.Where(e => entityIds.Contains(e.Id)).Select(OutputContract.From)],
            [.. events.Select(e => OutputContract.From(e, NameOf))]);
    }
}
