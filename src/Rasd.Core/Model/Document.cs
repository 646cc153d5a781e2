namespace Rasd.Core.Model;

/// <summary>How a document's publication date was found.</summary>
public enum DateSource { None, Header, Meta, Url, Inferred }

public sealed record PublishedDate(DateValue? Date, DateSource How)
{
    public static readonly PublishedDate Unknown = new(null, DateSource.None);
}

/// <summary>
/// One article as read: its identity is the hash of its raw text, which is kept exactly as read.
/// Every span Rasd reports is an offset into <see cref="RawText"/>.
/// </summary>
public sealed record Document(string Id, string Source, string RawText)
{
    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }

    /// <summary>A publication date given by the source's metadata, if it has one.</summary>
    public PublishedDate Published { get; init; } = PublishedDate.Unknown;
}
