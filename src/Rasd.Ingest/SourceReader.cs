using System.Text;
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
/// Reads files and folders (recursively, in a stable order) into documents. Plain text is read as
/// UTF-8; what is not text, too large, or empty gets a per-file error and the rest goes on.
/// </summary>
public static class SourceReader
{
    public const long MaxFileBytes = 64L * 1024 * 1024;
    private const int MaxTitleLength = 300;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

    public static ReadResult Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return ReadResult.Failed(path, "no such file or folder");
            if (info.Length == 0) return ReadResult.Failed(path, "empty file");
            if (info.Length > MaxFileBytes) return ReadResult.Failed(path, $"file too large ({info.Length:N0} bytes; the limit is {MaxFileBytes:N0})");
            return FromBytes(path, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failed(path, e.Message);
        }
    }

    /// <summary>A document from the bytes of a plain-text source; its id is the hash of the bytes.</summary>
    public static ReadResult FromBytes(string source, byte[] bytes)
    {
        if (bytes.AsSpan().IndexOf((byte)0) >= 0) return ReadResult.Failed(source, "binary content (NUL bytes): not a text file");
        string text;
        try
        {
            var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
            text = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            return ReadResult.Failed(source, "not valid UTF-8 text");
        }
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Failed(source, "no text (only whitespace)");
        return ReadResult.Ok(source, FromText(StableId.OfBytes(bytes), source, text));
    }

    /// <summary>A document from a text as read: repaired first when PDF extraction damaged it.</summary>
    public static Document FromText(string id, string source, string text)
    {
        var repaired = Repair.PdfTextRepair.Default.Repair(text);
        if (repaired.Repairs.Count == 0) return new Document(id, source, text) { Title = TitleOf(text) };
        return new Document(id, source, repaired.Text) { Title = TitleOf(repaired.Text), ReadText = text, Repairs = repaired.Repairs };
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
