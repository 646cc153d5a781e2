using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Ingest.Formats;

/// <summary>
/// JSON Lines corpora (<c>id, title, date, source, url, text</c>; plain — gzipped ones come through
/// <see cref="GzipFormat"/>): one document per line, streamed, with its title, outlet, address and
/// publication date from the record. A line that is no article is a failure of its own.
/// </summary>
public sealed class JsonlFormat : ISourceFormat
{
    public string Name => "jsonl";

    public bool Recognizes(ReadOnlySpan<byte> head, string name)
    {
        var text = head.TrimStart(" \t\r\n"u8);
        if (text.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) text = text[3..];
        return text.StartsWith("{"u8) && (name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || text.IndexOf("\"text\""u8) >= 0 && text.IndexOf("\n{"u8) >= 0);
    }

    public IEnumerable<ReadResult> Read(SourceFile file)
    {
        using var stream = file.Open();
        foreach (var (line, record, error) in JsonlCorpus.ReadLines(stream))
        {
            var name = $"{file.Name}#{record?.Id ?? line.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            if (record is null) { yield return ReadResult.Failed($"{file.Name}:{line}", error!); continue; }
            if (string.IsNullOrWhiteSpace(record.Text)) { yield return ReadResult.Failed(name, "no text"); continue; }
            var text = string.IsNullOrWhiteSpace(record.Title) || record.Text.StartsWith(record.Title, StringComparison.Ordinal) ? record.Text : record.Title + "\n" + record.Text;
            var id = StableId.Of(file.Name.Split('!')[^1].Split('/')[^1], record.Id ?? "", text);
            var document = SourceReader.FromText(id, name, text);
            document = document with
            {
                Title = string.IsNullOrWhiteSpace(record.Title) ? null : record.Title.Trim(),
                Outlet = record.Source ?? document.Outlet,
                Url = record.Url,
                Published = MetadataDate.Parse(record.Date) is { } day ? new PublishedDate(DateValue.Day(day), DateSource.Meta) : PublishedDate.Unknown,
            };
            yield return ReadResult.Ok(name, document);
        }
    }
}
