using System.Text;
using Rasd.Ingest;

namespace Rasd.Tests.Ingest;

public class SourceReaderTests
{
    [Fact]
    public void Utf8_text_becomes_a_document_whose_id_is_the_hash_of_its_bytes()
    {
        var dir = TestSupport.TempDir();
        var a = Path.Combine(dir, "a.txt");
        File.WriteAllText(a, "زيارة حفتر إلى موسكو\nنص", new UTF8Encoding(true));
        var r = SourceReader.Read(a);
        Assert.Null(r.Error);
        Assert.Equal("زيارة حفتر إلى موسكو", r.Document!.Title);
        Assert.Equal("زيارة حفتر إلى موسكو\nنص", r.Document.RawText); // the BOM is not text
        Assert.Equal(r.Document.Id, SourceReader.Read(a).Document!.Id);
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "not readable as zip")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0x00, 0x00, 0x07 }, "binary content")]
    [InlineData(new byte[] { 0xF4, 0xF9, 0xFB, 0xFC, 0xF4, 0xF9 }, "not valid UTF-8 text, nor Arabic")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "no text")]
    public void Bad_input_gets_a_clear_reason(byte[] bytes, string reason)
    {
        var path = Path.Combine(TestSupport.TempDir(), "bad.txt");
        File.WriteAllBytes(path, bytes);
        var r = SourceReader.Read(path);
        Assert.Null(r.Document);
        Assert.Contains(reason, r.Error, StringComparison.Ordinal);
        Assert.Equal(path, r.Path);
    }

    [Fact]
    public void A_missing_path_is_an_error_not_an_exception() =>
        Assert.Equal("no such file or folder", SourceReader.Read("/nonexistent/rasd/file.txt").Error);

    [Fact]
    public void Folders_are_read_recursively_in_a_stable_order_without_hidden_entries()
    {
        var dir = TestSupport.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        Directory.CreateDirectory(Path.Combine(dir, ".git"));
        foreach (var f in (string[])["b.txt", "a.txt", "sub/c.txt", ".hidden", ".git/x"]) File.WriteAllText(Path.Combine(dir, f), "نص");
        Assert.Equal(["a.txt", "b.txt", "sub/c.txt"], SourceReader.EnumerateFiles([dir]).Select(f => Path.GetRelativePath(dir, f)));
    }
}
