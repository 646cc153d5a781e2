namespace Rasd.Core.Model;

/// <summary>How a document's publication date was found.</summary>
public enum DateSource { None, Header, Meta, Url, Inferred }

public sealed record PublishedDate(DateValue? Date, DateSource How)
{
    public static readonly PublishedDate Unknown = new(null, DateSource.None);

    /// <summary>How sure the date is, 0..1: 1 when written or given; lower when <see cref="DateSource.Inferred"/>.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>For an inferred date, what it was inferred from.</summary>
    public string? Basis { get; init; }
}

/// <summary>
/// One article as read: its identity is the hash of its bytes. <see cref="RawText"/> is the text
/// exactly as read — or, for a text damaged by PDF extraction, as repaired, with the text as read
/// in <see cref="ReadText"/> and every repair in <see cref="Repairs"/>. Every span Rasd reports is
/// an offset into <see cref="RawText"/>.
/// </summary>
public sealed record Document(string Id, string Source, string RawText)
{
    /// <summary>The text as read, when repairs changed it; null otherwise.</summary>
    public string? ReadText { get; init; }

    /// <summary>The repairs made to the text as read (spans into <see cref="ReadText"/>).</summary>
    public IReadOnlyList<TextRepair> Repairs { get; init; } = [];

    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }

    /// <summary>A publication date given by the source's metadata, if it has one.</summary>
    public PublishedDate Published { get; init; } = PublishedDate.Unknown;
}
