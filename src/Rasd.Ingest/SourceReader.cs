using System.Text;
using Rasd.Ingest.Formats;
using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Ingest;

/// <summary>One source read: a document, or the reason it could not be read.</summary>
public sealed record ReadResult(string Path, Document? Document, string? Error)
{
    public static ReadResult Ok(string path, Document document) => new(path, document, null);

    public static ReadResult Failed(string path, string reason) => new(path, null, reason);
}

/// <summary>
/// Reads files and folders (recursively, in a stable order) into documents. Each source is read by
/// the format its content shows (<see cref="Formats"/>, in order; the name is only a hint):
/// archives and gzip by what they hold, feeds one document per item, web pages by their article,
/// JSONL corpora one document per line, and the rest as text in
/// whichever encoding fits. What cannot be read gets a per-source error and the rest goes on.
/// </summary>
public static class SourceReader
{
    public const long MaxFileBytes = 64L * 1024 * 1024;
    public const int MaxDepth = 4; // archives inside archives
    private const int HeadBytes = 4096;
    private const int MaxTitleLength = 300;

    /// <summary>The formats, tried in order; plain text last, as it takes whatever decodes.</summary>
    public static IReadOnlyList<ISourceFormat> Formats { get; } =
        [new GzipFormat(), new ZipFormat(), new TarFormat(), new PdfFormat(), new FeedFormat(), new HtmlFormat(), new JsonlFormat(), new PlainTextFormat()];

    /// <summary>Every file under the given paths, lazily, in ordinal order within each folder; hidden entries are skipped.</summary>
    public static IEnumerable<string> EnumerateFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Walk(path)) yield return file;
            }
            else yield return path;
        }
    }

    private static IEnumerable<string> Walk(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            if (!Path.GetFileName(file).StartsWith('.')) yield return file;
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            if (!Path.GetFileName(sub).StartsWith('.'))
                foreach (var file in Walk(sub)) yield return file;
    }

    /// <summary>The first document of a file (or why there is none): for commands that show one document.</summary>
    public static ReadResult Read(string path)
    {
        ReadResult? firstFailure = null;
        foreach (var r in ReadAll(path))
        {
            if (r.Document is not null) return r;
            firstFailure ??= r;
        }
        return firstFailure ?? ReadResult.Failed(path, "no documents in it");
    }

    /// <summary>Every document of a file, lazily: one for an article, many for a corpus or an archive.</summary>
    public static IEnumerable<ReadResult> ReadAll(string path)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists) return [ReadResult.Failed(path, "no such file or folder")];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return [ReadResult.Failed(path, e.Message)];
        }
        if (info.Length == 0) return [ReadResult.Failed(path, "empty file")];
        return ReadAll(SourceFile.OnDisk(path));
    }

    /// <summary>Every document of a source, by the first format that recognizes its first bytes; what fails midway ends that source with its reason.</summary>
    public static IEnumerable<ReadResult> ReadAll(SourceFile file)
    {
        if (file.Depth > MaxDepth) return [ReadResult.Failed(file.Name, $"archives nested more than {MaxDepth} deep")];
        byte[] head;
        try { head = Head(file); }
        catch (Exception e) when (IsReadError(e)) { return [ReadResult.Failed(file.Name, e.Message)]; }
        if (head.Length == 0) return [ReadResult.Failed(file.Name, "empty file")];
        var format = Formats.First(f => f.Recognizes(head, file.Name));
        return Guarded(file.Name, format, format.Read(file));
    }

    private static byte[] Head(SourceFile file)
    {
        using var stream = file.Open();
        var buffer = new byte[HeadBytes];
        var n = stream.ReadAtLeast(buffer, HeadBytes, throwOnEndOfStream: false);
        return buffer[..n];
    }

    /// <summary>A format's documents, with an exception midway turned into a failure of the source (the documents before it stand).</summary>
    private static IEnumerable<ReadResult> Guarded(string name, ISourceFormat format, IEnumerable<ReadResult> results)
    {
        using var e = results.GetEnumerator();
        while (true)
        {
            ReadResult next;
            var failed = false;
            try
            {
                if (!e.MoveNext()) yield break;
                next = e.Current;
            }
            catch (Exception ex) when (IsReadError(ex))
            {
                next = ReadResult.Failed(name, $"not readable as {format.Name}: {ex.Message}");
                failed = true;
            }
            yield return next;
            if (failed) yield break;
        }
    }

    private static bool IsReadError(Exception e) => e is IOException or InvalidDataException or UnauthorizedAccessException or FormatException or NotSupportedException
        or ArgumentException or InvalidOperationException or System.Text.Json.JsonException or System.Xml.XmlException;

    /// <summary>A document from a text as read: repaired first when PDF extraction damaged it; its title and outlet from its header and footer.</summary>
    public static Document FromText(string id, string source, string text)
    {
        var repaired = Repair.PdfTextRepair.Default.Repair(text);
        if (repaired.Repairs.Count == 0) return new Document(id, source, text) { Title = TitleOf(text), Outlet = PlainTextMetadata.OutletOf(text) };
        return new Document(id, source, repaired.Text)
        {
            Title = TitleOf(repaired.Text), Outlet = PlainTextMetadata.OutletOf(repaired.Text), ReadText = text, Repairs = repaired.Repairs,
        };
    }

    /// <summary>The first non-empty line, when it is short enough to be a headline.</summary>
    public static string? TitleOf(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty) continue;
            return trimmed.Length <= MaxTitleLength ? trimmed.ToString() : null;
        }
        return null;
    }
}
