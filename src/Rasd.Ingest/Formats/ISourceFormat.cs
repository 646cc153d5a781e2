namespace Rasd.Ingest.Formats;

/// <summary>
/// Something to read: a file, or an entry of an archive. <see cref="Open"/> may be called more than
/// once; <see cref="Name"/> is what a user would call it (a path, or «archive.zip!/inner/name.html»).
/// </summary>
public sealed record SourceFile(string Name, long Length, Func<Stream> Open)
{
    /// <summary>How many containers (archives, gzip) this source sits in.</summary>
    public int Depth { get; init; }

    /// <summary>A source inside this one.</summary>
    public SourceFile Inner(string name, long length, Func<Stream> open) => new(name, length, open) { Depth = Depth + 1 };

    public SourceFile InnerInMemory(string name, byte[] bytes) => InMemory(name, bytes) with { Depth = Depth + 1 };

    public static SourceFile OnDisk(string path) => new(path, new FileInfo(path).Length, () => File.OpenRead(path));

    public static SourceFile InMemory(string name, byte[] bytes) => new(name, bytes.Length, () => new MemoryStream(bytes, writable: false));

    /// <summary>All the bytes, refusing more than <paramref name="limit"/>.</summary>
    public byte[] ReadAllBytes(long limit)
    {
        if (Length > limit) throw new SourceTooLargeException(Length, limit);
        using var stream = Open();
        using var buffer = new MemoryStream(Length is > 0 and <= int.MaxValue ? (int)Length : 4096);
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + n > limit) throw new SourceTooLargeException(buffer.Length + n, limit); // a gzip bomb stops here
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}

public sealed class SourceTooLargeException(long length, long limit)
    : IOException($"too large ({length:N0} bytes; the limit is {limit:N0})");

/// <summary>
/// A format Rasd reads, recognized by its content (the name is only a hint where the content cannot
/// tell). A format yields every document of a source lazily — one for an article, many for a corpus,
/// a feed or an archive — and a part it cannot read as a failed <see cref="ReadResult"/>, the rest going on.
/// </summary>
public interface ISourceFormat
{
    /// <summary>A short name for messages and the fuzz test: «text», «html», «pdf», «jsonl», «zip» …</summary>
    string Name { get; }

    /// <summary>True when <paramref name="head"/> (the first bytes, up to 4 KiB) looks like this format.</summary>
    bool Recognizes(ReadOnlySpan<byte> head, string name);

    IEnumerable<ReadResult> Read(SourceFile file);
}
