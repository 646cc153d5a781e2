using System.Text;
using Rasd.Core.Model;
using Rasd.Ingest;

namespace Rasd.Tests.Ingest;

public class FeedFormatTests
{
    private static string Fixture(string name) => Path.Combine(TestSupport.RepoRoot, "tests", "Rasd.Tests", "Fixtures", "feeds", name);

    private static List<ReadResult> ReadFeed(string xml, string name = "feed.xml", Encoding? encoding = null)
    {
        var path = Path.Combine(TestSupport.TempDir(), name);
        File.WriteAllBytes(path, (encoding ?? new UTF8Encoding(false)).GetBytes(xml));
        return [.. SourceReader.ReadAll(path)];
    }

    private static string Rss(string items) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>وكالة الأنباء</title>{items}</channel></rss>";

    [Fact]
    public void An_rss_feed_gives_one_document_per_item_with_its_title_link_outlet_and_day()
    {
        var path = Fixture("skynews.rss");
        var results = SourceReader.ReadAll(path).ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Null(r.Error));
        var (first, second) = (results[0].Document!, results[1].Document!);

        Assert.Equal(path + "#sky-1756", first.Source); // by its guid
        Assert.Equal(path + "#2", second.Source); // no guid: by its place
        Assert.Equal("الجيش السوداني يعلن السيطرة على مدينة ود مدني", first.Title);
        Assert.Equal("سكاي نيوز عربية", first.Outlet); // the channel's title, not its image's
        Assert.Equal("سكاي نيوز عربية", second.Outlet);
        Assert.Equal("https://www.skynewsarabia.com/middle-east/1756-sudan-army-wad-madani", first.Url);
        Assert.Equal("https://www.skynewsarabia.com/middle-east/1757-arab-summit", second.Url);
        Assert.Equal(new PublishedDate(DateValue.Day(new DateOnly(2025, 1, 11)), DateSource.Meta), first.Published); // RFC 822 pubDate, the day as written
        Assert.Equal("2024-05-16", second.Published.Date?.Value); // dc:date
    }

    [Fact]
    public void An_items_text_is_its_title_then_its_description_as_plain_text()
    {
        var results = SourceReader.ReadAll(Fixture("skynews.rss")).ToList();
        Assert.Equal(
            "الجيش السوداني يعلن السيطرة على مدينة ود مدني\n"
            + "أعلن الجيش السوداني، السبت، أنه استعاد السيطرة على مدينة ود مدني عاصمة ولاية الجزيرة.\n"
            + "وكانت قوات الدعم السريع قد سيطرت على المدينة في ديسمبر 2023.",
            results[0].Document!.RawText); // escaped HTML read as HTML: no tags, no script
        var second = results[1].Document!.RawText;
        Assert.Contains("ويتصدر جدول أعمال القمة الوضع في قطاع غزة & سبل وقف إطلاق النار.", second, StringComparison.Ordinal);
        Assert.DoesNotContain("ملخص قصير", second, StringComparison.Ordinal); // content:encoded is the full text, the description only its summary
        Assert.DoesNotContain("<", second, StringComparison.Ordinal);
    }

    [Fact]
    public void An_atom_feed_gives_its_entries_with_their_alternate_link_and_published_day()
    {
        var path = Fixture("france24.atom");
        var docs = SourceReader.ReadAll(path).Select(r => r.Document!).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal(path + "#urn:france24:ar:2024-0301-un-famine", docs[0].Source);
        Assert.Equal("الأمم المتحدة تحذر من مجاعة في غزة", docs[0].Title); // an html title, as text
        Assert.Equal("فرانس 24 - أخبار دولية", docs[0].Outlet);
        Assert.Equal("https://www.france24.com/ar/20240301-un-famine-gaza", docs[0].Url); // not the enclosure
        Assert.Equal("2024-03-01", docs[0].Published.Date?.Value); // published, not updated
        Assert.Equal("الأمم المتحدة تحذر من مجاعة في غزة\nحذرت الأمم المتحدة، الجمعة، من أن مجاعة واسعة النطاق باتت وشيكة في قطاع غزة.\nوقال مسؤول أممي إن ربع السكان على بعد خطوة واحدة من المجاعة.", docs[0].RawText);

        Assert.Equal("https://www.france24.com/ar/20240228-turkey-quake", docs[1].Url);
        Assert.Equal("2024-02-28", docs[1].Published.Date?.Value); // only updated
        Assert.Equal(3, docs[1].RawText.Split('\n').Length); // a text summary keeps its lines
    }

    [Fact]
    public void Item_ids_are_stable_and_differ_between_items()
    {
        var first = SourceReader.ReadAll(Fixture("skynews.rss")).Select(r => r.Document!.Id).ToList();
        var again = SourceReader.ReadAll(Fixture("skynews.rss")).Select(r => r.Document!.Id).ToList();
        Assert.Equal(first, again);
        Assert.NotEqual(first[0], first[1]);
    }

    [Fact]
    public void A_truncated_feed_keeps_the_items_before_the_break_and_says_where_it_broke()
    {
        var xml = File.ReadAllText(Fixture("skynews.rss"));
        var cut = xml[..xml.IndexOf("<dc:date>", StringComparison.Ordinal)];
        var results = ReadFeed(cut, "cut.rss");
        Assert.Equal(2, results.Count);
        Assert.Equal("الجيش السوداني يعلن السيطرة على مدينة ود مدني", results[0].Document!.Title);
        Assert.Null(results[1].Document);
        Assert.StartsWith("not readable as XML: ", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("end of file", results[1].Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_empty_feed_is_a_failure()
    {
        var r = Assert.Single(ReadFeed(Rss("")));
        Assert.Null(r.Document);
        Assert.Equal("no items in the feed", r.Error);
    }

    [Fact]
    public void An_item_without_text_is_a_failure_of_its_own()
    {
        var results = ReadFeed(Rss(
            "<item><guid>a</guid><title>عنوان بلا نص</title></item>"
            + "<item><guid>b</guid><description>   </description></item>"
            + "<item><guid>c</guid><title>خبر</title><description>&lt;p&gt;نص الخبر كاملاً.&lt;/p&gt;</description></item>"), "news.xml");
        Assert.Equal(3, results.Count);
        Assert.EndsWith("news.xml#a", results[0].Path, StringComparison.Ordinal);
        Assert.Equal("no text in the item (only a title)", results[0].Error);
        Assert.Equal("no text in the item", results[1].Error);
        Assert.Equal("خبر\nنص الخبر كاملاً.", results[2].Document!.RawText);
        Assert.Equal("وكالة الأنباء", results[2].Document!.Outlet);
    }

    [Fact]
    public void A_feed_with_a_dtd_is_refused_and_no_external_entity_is_read()
    {
        var secret = Path.Combine(TestSupport.TempDir(), "secret.txt");
        File.WriteAllText(secret, "كلمة السر");
        var results = ReadFeed($"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file://{secret}\">]><rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>خبر</title><description>&x;</description></item></channel></rss>");
        var r = Assert.Single(results);
        Assert.Null(r.Document);
        Assert.Contains("DTD", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_in_windows_1256_is_read_by_its_xml_declaration()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var xml = Rss("<item><title>ارتفاع أسعار الذهب</title><description>سجلت أسعار الذهب ارتفاعاً جديداً.</description></item>")
            .Replace("encoding=\"utf-8\"", "encoding=\"windows-1256\"", StringComparison.Ordinal);
        var doc = Assert.Single(ReadFeed(xml, encoding: Encoding.GetEncoding(1256))).Document!;
        Assert.Equal("ارتفاع أسعار الذهب\nسجلت أسعار الذهب ارتفاعاً جديداً.", doc.RawText);
    }

    [Fact]
    public void An_rss_1_feed_gives_its_items_with_their_rdf_address_and_dublin_core_date()
    {
        var results = ReadFeed("""
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.org/"><title>الوكالة</title><link>https://example.org/</link></channel>
              <item rdf:about="https://example.org/news/7"><title>افتتاح معرض الكتاب</title><link>https://example.org/news/7</link>
                <description>افتتح وزير الثقافة معرض الكتاب الدولي.</description><dc:date>2021-09-30T10:00:00+02:00</dc:date></item>
            </rdf:RDF>
            """, "agency.rdf");
        var doc = Assert.Single(results).Document!;
        Assert.EndsWith("agency.rdf#https://example.org/news/7", doc.Source, StringComparison.Ordinal);
        Assert.Equal("الوكالة", doc.Outlet);
        Assert.Equal("https://example.org/news/7", doc.Url);
        Assert.Equal("2021-09-30", doc.Published.Date?.Value);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- cms -->\n<rss version=\"2.0\">", "x.txt")]
    [InlineData("\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\">", "x")]
    [InlineData("<?xml version=\"1.0\"?><?xml-stylesheet href=\"s.xsl\"?><rdf:RDF>", "x.xml")]
    public void Feeds_are_recognized_by_their_root_element(string head, string name) =>
        Assert.Equal("feed", Rasd.Ingest.SourceReader.Formats.First(f => f.Recognizes(Encoding.UTF8.GetBytes(head), name)).Name);

    [Fact]
    public void Other_xml_is_not_a_feed() =>
        Assert.NotEqual("feed", SourceReader.Formats.First(f => f.Recognizes("<?xml version=\"1.0\"?><sitemap><url/></sitemap>"u8, "sitemap.xml")).Name);
}
