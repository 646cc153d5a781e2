using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Rasd.Core.Model;
using Rasd.Ingest;

namespace Rasd.Tests.Ingest;

/// <summary>The readers chosen by content: encodings, JSONL corpora and archives, and what each does with bad input.</summary>
public class FormatTests
{
    private const string Article = "وصل المشير خليفة حفتر إلى موسكو أمس الأحد في زيارة رسمية.";

    private static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(TestSupport.TempDir(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("windows-1256")]
    [InlineData("iso-8859-6")]
    public void Arabic_text_in_every_usual_encoding_reads_the_same(string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = encoding switch
        {
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Article)],
            "utf-16le" => Encoding.Unicode.GetBytes(Article),
            _ => Encoding.GetEncoding(encoding).GetBytes(Article),
        };
        var read = SourceReader.Read(Write("a.txt", bytes));
        Assert.Null(read.Error);
        Assert.Equal(Article, read.Document!.RawText);
    }

    [Fact]
    public void Windows_1256_and_iso_8859_6_are_told_apart_by_the_letters_they_make()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // The two code pages put the letters at different bytes: each text must come back as written.
        const string text = "الهيئة العامة للاستعلامات: وصل الوفد المصري إلى جنيف يوم الثلاثاء";
        foreach (var name in new[] { "windows-1256", "iso-8859-6" })
            Assert.Equal(text, SourceReader.Read(Write("b.txt", Encoding.GetEncoding(name).GetBytes(text))).Document!.RawText);
    }

    [Fact]
    public void A_jsonl_corpus_gives_one_document_per_line_with_its_metadata_and_a_bad_line_fails_alone()
    {
        var lines = string.Join('\n',
            """{"id": "a1", "title": "حفتر في موسكو", "date": "Sun, 18 Feb 2018 21:35:43 +0400", "source": "AlArabiya", "url": "http://example.org/a1", "text": "وصل حفتر إلى موسكو."}""",
            "not json at all",
            """{"id": "a2", "title": "", "date": "2015-07-21 02:51:32", "source": "SNN", "text": "التقى الوزير نظيره."}""",
            """{"id": "a3", "date": "2017-01-20T21:43:00+01:00", "text": "نص ثالث."}""");
        var path = Write("corpus.jsonl", Encoding.UTF8.GetBytes(lines));
        var all = SourceReader.ReadAll(path).ToList();
        Assert.Equal(4, all.Count);
        var first = all[0].Document!;
        Assert.Equal(path + "#a1", first.Source);
        Assert.Equal("حفتر في موسكو\nوصل حفتر إلى موسكو.", first.RawText);
        Assert.Equal(("حفتر في موسكو", "AlArabiya", "http://example.org/a1"), (first.Title, first.Outlet, first.Url));
        Assert.Equal(new PublishedDate(DateValue.Day(new DateOnly(2018, 2, 18)), DateSource.Meta), first.Published);
        Assert.Equal(path + ":2", all[1].Path);
        Assert.Contains("not a JSON object", all[1].Error, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2015, 7, 21), all[2].Document!.Published.Date!.Start);
        Assert.Equal(new DateOnly(2017, 1, 20), all[3].Document!.Published.Date!.Start);
        Assert.Equal(all.Select(r => r.Document?.Id), SourceReader.ReadAll(path).Select(r => r.Document?.Id)); // stable ids
        Assert.Equal(3, all.Select(r => r.Document?.Id).OfType<string>().Distinct().Count());
    }

    [Fact]
    public void The_shared_corpus_files_read_as_gzipped_jsonl_with_dates_on_every_article()
    {
        var file = Directory.EnumerateFiles(TestSupport.SharedCorpus, "*.jsonl.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var first = SourceReader.ReadAll(file).Take(50).ToList();
        Assert.Equal(50, first.Count);
        Assert.All(first, r => Assert.Equal(DateSource.Meta, r.Document!.Published.How));
        Assert.All(first, r => Assert.StartsWith(file[..^3] + "#", r.Document!.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Zip_and_tar_gz_archives_are_read_through_entry_by_entry()
    {
        using var zipBytes = new MemoryStream();
        using (var zip = new ZipArchive(zipBytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] content) { using var s = zip.CreateEntry(name).Open(); s.Write(content); }
            Add("a.txt", Encoding.UTF8.GetBytes(Article));
            Add("inner/b.txt", Encoding.UTF8.GetBytes("التقى الوزير نظيره في القاهرة."));
            Add("empty.txt", []);
        }
        var zipPath = Write("batch.zip", zipBytes.ToArray());
        var fromZip = SourceReader.ReadAll(zipPath).ToList();
        Assert.Equal([zipPath + "!/a.txt", zipPath + "!/empty.txt", zipPath + "!/inner/b.txt"], fromZip.Select(r => r.Path));
        Assert.Equal(Article, fromZip[0].Document!.RawText);
        Assert.Equal("empty file", fromZip[1].Error);

        using var tarBytes = new MemoryStream();
        using (var gzip = new GZipStream(tarBytes, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "news/a.txt") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(Article)) };
            tar.WriteEntry(entry);
            var jsonl = new PaxTarEntry(TarEntryType.RegularFile, "news/c.jsonl") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes("""{"id": "x", "text": "نص."}""")) };
            tar.WriteEntry(jsonl);
        }
        var tarPath = Write("batch.tar.gz", tarBytes.ToArray());
        var fromTar = SourceReader.ReadAll(tarPath).ToList();
        Assert.Equal([tarPath[..^3] + "!/news/a.txt", tarPath[..^3] + "!/news/c.jsonl#x"], fromTar.Select(r => r.Document!.Source));
    }

    [Fact]
    public void Bad_archives_and_corpora_fail_with_their_name_and_the_reason()
    {
        var zip = Write("broken.zip", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5]);
        Assert.Contains("not readable as zip", Assert.Single(SourceReader.ReadAll(zip)).Error, StringComparison.Ordinal);
        var gz = Write("broken.jsonl.gz", [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 0xFF, 0xFF]);
        var failed = Assert.Single(SourceReader.ReadAll(gz));
        Assert.Null(failed.Document);
        Assert.StartsWith(gz[..^3], failed.Path, StringComparison.Ordinal);
    }
}
