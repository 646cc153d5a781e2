using System.Formats.Tar;
using System.IO.Compression;

namespace Rasd.Ingest.Formats;

/// <summary>Gzip: what it holds (a JSONL corpus, a tar archive, a text) is read by the format its content shows, streamed.</summary>
public sealed class GzipFormat : ISourceFormat
{
    public string Name => "gzip";

    public bool Recognizes(ReadOnlySpan<byte> head, string name) => head.StartsWith(new byte[] { 0x1F, 0x8B });

    public IEnumerable<ReadResult> Read(SourceFile file)
    {
        var inner = file.Name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) ? file.Name[..^4] + ".tar"
            : file.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? file.Name[..^3] : file.Name + "!/content";
        return SourceReader.ReadAll(file.Inner(inner, -1, () => new GZipStream(file.Open(), CompressionMode.Decompress)));
    }
}

/// <summary>Zip archives: every file inside, read by its own format, named «archive.zip!/path/inside».</summary>
public sealed class ZipFormat : ISourceFormat
{
    public string Name => "zip";

    public bool Recognizes(ReadOnlySpan<byte> head, string name) => head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8);

    public IEnumerable<ReadResult> Read(SourceFile file)
    {
        using var zip = new ZipArchive(new MemoryStream(file.ReadAllBytes(SourceReader.MaxFileBytes)), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (entry.FullName.EndsWith('/') || Path.GetFileName(entry.FullName).StartsWith('.')) continue;
            var inner = file.Inner($"{file.Name}!/{entry.FullName}", entry.Length, entry.Open);
            foreach (var r in SourceReader.ReadAll(inner)) yield return r;
        }
    }
}

/// <summary>Tar archives (plain; .tar.gz through <see cref="GzipFormat"/>): every regular file inside, read by its own format.</summary>
public sealed class TarFormat : ISourceFormat
{
    public string Name => "tar";

    // «ustar» at offset 257 of the first header.
    public bool Recognizes(ReadOnlySpan<byte> head, string name) => head.Length >= 262 && head[257..262].SequenceEqual("ustar"u8);

    public IEnumerable<ReadResult> Read(SourceFile file)
    {
        using var stream = file.Open();
        using var tar = new TarReader(stream);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
            if (Path.GetFileName(entry.Name).StartsWith('.')) continue;
            var name = $"{file.Name}!/{entry.Name}";
            if (entry.Length > SourceReader.MaxFileBytes)
            {
                yield return ReadResult.Failed(name, new SourceTooLargeException(entry.Length, SourceReader.MaxFileBytes).Message);
                continue;
            }
            using var buffer = new MemoryStream();
            entry.DataStream.CopyTo(buffer);
            foreach (var r in SourceReader.ReadAll(file.InnerInMemory(name, buffer.ToArray()))) yield return r;
        }
    }
}
