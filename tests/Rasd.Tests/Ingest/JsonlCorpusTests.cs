using System.IO.Compression;
using System.Text;
using Rasd.Arabic;
using Rasd.Ingest;

namespace Rasd.Tests.Ingest;

public class JsonlCorpusTests
{
    private const string Lines = """
        {"id": "a1", "title": "زيارة حفتر", "date": "2018-11-09", "source": "x", "url": "http://x/1", "text": "وصل حفتر إلى موسكو. وقال حفتر"}
        not json at all
        {"id": "a2", "text": "التقى حفتر وزير الدفاع"}
        {"id": "a3", "title": "no text"}

        """;

    [Fact]
    public void Reads_plain_and_gzipped_lines_and_reports_bad_ones()
    {
        var dir = TestSupport.TempDir();
        var plain = Path.Combine(dir, "c.jsonl");
        File.WriteAllText(plain, Lines);
        var gz = Path.Combine(dir, "c.jsonl.gz");
        using (var file = File.Create(gz))
        using (var zip = new GZipStream(file, CompressionLevel.Fastest))
            zip.Write(Encoding.UTF8.GetBytes(Lines));
        foreach (var path in new[] { plain, gz })
        {
            var bad = new List<int>();
            var records = JsonlCorpus.Read(path, (line, _) => bad.Add(line)).ToList();
            Assert.Equal(["a1", "a2"], records.Select(r => r.Id));
            Assert.Equal("زيارة حفتر", records[0].Title);
            Assert.Equal([2, 4], bad);
        }
    }

    [Fact]
    public void The_lexicon_builder_counts_match_forms_deterministically()
    {
        var builder = new LexiconBuilder();
        builder.Add("وصل حفتر إلى موسكو، وقال حفتر");
        builder.Add("حفــتر في موسكو");
        var text = new StringWriter();
        var written = builder.Write(text, minCount: 2, "test");
        Assert.Equal(2, written);
        Assert.EndsWith("form\tcount\nحفتر\t3\nموسكو\t2\n", text.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(9, builder.Tokens);
    }
}
