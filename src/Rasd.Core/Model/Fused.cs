using System.Text.Json.Serialization;

namespace Rasd.Core.Model;

/// <summary>A title or role an entity was given in a document, dated by that document.</summary>
public sealed record Role(string Title, string Doc, DateValue? Date)
{
    /// <summary>The office the title states (null for a rank or honorific alone: «اللواء»).</summary>
    public string? Office { get; init; }

    public string? Organization { get; init; }

    public string? Country { get; init; }
}

/// <summary>
/// An office held over time: every title stating it, gathered, with the first and last day a
/// document gives it to the entity («وزير الدفاع» of Russia, 2018-11-09 … 2023-09-28).
/// </summary>
public sealed record Position(string Office, string? Organization, string? Country, string Title, DateValue? From, DateValue? To, IReadOnlyList<string> Docs);

/// <summary>A real-world person, organization or place, with every name it is written as.</summary>
public sealed record Entity(string Id, EntityType Type, string Name)
{
    public string? NameLatin { get; init; }

    public string? Wikidata { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<Role> Roles { get; init; } = [];

    /// <summary>The offices the roles state, each once, dated from the first to the last document giving it.</summary>
    public IReadOnlyList<Position> Positions { get; init; } = [];

    /// <summary>Why names were merged into this entity, one line per merge.</summary>
    public IReadOnlyList<string> MergedBecause { get; init; } = [];
}

/// <summary>A real-world event: a cluster of event mentions from one or more documents.</summary>
public sealed record Event(string Id, EventType Type)
{
    public DateValue? Date { get; init; }

    public IReadOnlyList<string> Actors { get; init; } = [];

    public IReadOnlyList<string> Counterparts { get; init; } = [];

    /// <summary>Counterparts its reports name only as a group («مسؤولين روس»), as written, each once.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>Who acted, named only as a group («وفد من وزارة الخارجية»), as written, each once: its reports name no actor.</summary>
    public IReadOnlyList<string> ActorGroups { get; init; } = [];

    public string? Place { get; init; }

    public bool Negated { get; init; }

    /// <summary>Every report tells it as planned: it had not happened when they were written.</summary>
    public bool Future { get; init; }

    /// <summary>Every report tells it as a possibility or a condition.</summary>
    public bool Hypothetical { get; init; }

    /// <summary>For a visit: the meetings and calls held during it. For a meeting: the visit it was held during, if any.</summary>
    public IReadOnlyList<string> Meetings { get; init; } = [];

    public string? Visit { get; init; }

    /// <summary>The sources the reports attribute it to («مصادر تابعة لوزارة الدفاع الروسية»), each once.</summary>
    public IReadOnlyList<string> Attributions { get; init; } = [];

    public double Confidence { get; init; }

    public IReadOnlyList<EventMention> Mentions { get; init; } = [];

    /// <summary>Dates the sources give that disagree with <see cref="Date"/>.</summary>
    public IReadOnlyList<DateValue> ConflictingDates { get; init; } = [];

    /// <summary>Independent sources: documents, near-duplicates (one story republished) counting once.</summary>
    public int SourceCount { get; init; }
}
