using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Rasd.Ingest;
using Rasd.Ingest.Formats;

namespace Rasd.Tests.Ingest;

/// <summary>
/// Random and truncated bytes, each starting the way one of the formats starts, fed to the reader:
/// every one ends in documents or failures with a reason — no exception, no hang.
/// </summary>
public class ReaderFuzzTests
{
    private static readonly byte[][] Starts =
    [
        "PK\u0003\u0004"u8.ToArray(), [0x1F, 0x8B, 8, 0], "%PDF-1.7\n"u8.ToArray(), "<!DOCTYPE html><html><body>"u8.ToArray(),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"u8.ToArray(), "<feed xmlns=\"http://www.w3.org/2005/Atom\">"u8.ToArray(),
        "{\"id\": \"1\", \"text\": \""u8.ToArray(), [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [],
    ];

    private static IEnumerable<byte[]> Inputs()
    {
        var random = new Random(20261202);
        foreach (var start in Starts)
            for (var i = 0; i < 30; i++)
            {
                var tail = new byte[random.Next(0, 600)];
                random.NextBytes(tail);
                yield return [.. start, .. tail];
            }
        foreach (var valid in ValidInputs())
            for (var cut = 0; cut < valid.Length; cut += Math.Max(1, valid.Length / 40))
                yield return valid[..cut];
    }

    private static IEnumerable<byte[]> ValidInputs()
    {
        var article = Encoding.UTF8.GetBytes("وصل حفتر إلى موسكو أمس في زيارة رسمية.\nوالتقى وزير الدفاع.");
        yield return article;
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            using (var s = archive.CreateEntry("a.txt").Open()) s.Write(article);
        yield return zip.ToArray();
        using var gz = new MemoryStream();
        using (var g = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
            g.Write(Encoding.UTF8.GetBytes("""{"id": "1", "text": "نص الخبر"}""" + "\n" + """{"id": "2", "text": "خبر آخر"}"""));
        yield return gz.ToArray();
        yield return Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("خبر بترميز UTF-16")).ToArray();
    }

    [Fact]
    public void Random_and_truncated_bytes_never_crash_or_hang_a_reader()
    {
        var clock = Stopwatch.StartNew();
        var n = 0;
        foreach (var bytes in Inputs())
        {
            foreach (var name in new[] { "input.bin", "input.zip", "input.jsonl.gz", "input.html", "input.pdf", "input.jsonl", "input.txt" })
            {
                var results = SourceReader.ReadAll(SourceFile.InMemory(name, bytes)).Take(1000).ToList();
                Assert.All(results, r => Assert.True(r.Document is not null || !string.IsNullOrWhiteSpace(r.Error), $"{name}: a failure without a reason"));
                Assert.All(results, r => Assert.False(r.Document is null && r.Error is null));
                n++;
            }
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"reading {n} fuzzed inputs takes too long: a reader hangs");
        }
        Assert.True(n > 1000, $"{n} inputs");
    }
}
