using Rasd.Core.Model;
using Rasd.Core.Text;
using Rasd.Ingest;

namespace Rasd.Server;

/// <summary>An article sent to the API, made a document as a text file with the same bytes would be: same id, same repairs.</summary>
public static class NewDocuments
{
    public static Document ToDocument(NewDocument body)
    {
        if (string.IsNullOrWhiteSpace(body.Text)) throw new ArgumentException("The article has no text: send {\"text\": \"...\"}.");
        DateOnly? date = body.Date is null ? null : MetadataDate.Parse(body.Date) ?? throw new ArgumentException($"'{body.Date}' is no date: write 2018-11-07.");
        if (body.Url is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _)) throw new ArgumentException($"'{url}' is no absolute URL.");
        var id = StableId.OfBytes(System.Text.Encoding.UTF8.GetBytes(body.Text));
        var read = SourceReader.FromText(id, body.Source ?? "api/" + id, body.Text);
        return read with
        {
            Title = body.Title ?? read.Title,
            Outlet = body.Outlet ?? read.Outlet,
            Url = body.Url,
            Published = date is { } day ? new PublishedDate(DateValue.Day(day), DateSource.Meta) : PublishedDate.Unknown,
        };
    }
}
