using System.IO.Compression;
using System.Text.Json;

namespace Rasd.Ingest;

/// <summary>One article of a JSONL corpus: <c>id, title, date, source, url, text</c>.</summary>
public sealed record CorpusRecord(string? Id, string? Title, string? Date, string? Source, string? Url, string Text);

/// <summary>
/// Reads JSON Lines corpora, plain (.jsonl) or gzipped (.jsonl.gz), one article per line, streaming.
/// A line that is not a JSON object with a text is skipped and counted, never fatal.
/// </summary>
public static class JsonlCorpus
{
    public static bool IsCorpusFile(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<CorpusRecord> Read(string path, Action<int, string>? onBadLine = null)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        foreach (var (line, record, error) in ReadLines(stream))
        {
            if (record is null) onBadLine?.Invoke(line, error!);
            else yield return record;
        }
    }

    /// <summary>Every non-blank line of a JSONL stream: its number, and its record or why it is none.</summary>
    public static IEnumerable<(int Line, CorpusRecord? Record, string? Error)> ReadLines(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            CorpusRecord? record = null;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind == JsonValueKind.Object && Text(root, "text") is { } text)
                    record = new CorpusRecord(Text(root, "id"), Text(root, "title"), Text(root, "date"), Text(root, "source"), Text(root, "url"), text);
            }
            catch (JsonException) { }
            yield return (number, record, record is null ? "not a JSON object with a text" : null);
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
