using System.IO.Compression;
using System.Text;
using Rasd.Core.Model;
using Rasd.Core.Text;
using Rasd.Ingest;
using Rasd.Ingest.Formats;

namespace Rasd.Tests.Ingest;

public class HtmlFormatTests
{
    private static string Fixture(string name) => Path.Combine(TestSupport.RepoRoot, "tests", "Rasd.Tests", "Fixtures", "web", name);

    private static ReadResult ReadPage(string html, string name = "page.html", Encoding? encoding = null)
    {
        var path = Path.Combine(TestSupport.TempDir(), name);
        File.WriteAllBytes(path, (encoding ?? new UTF8Encoding(false)).GetBytes(html));
        return SourceReader.Read(path);
    }

    private static string Page(string head, string body) =>
        $"<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>";

    private const string Paragraphs =
        "<p>أعلنت وزارة الصحة، اليوم الثلاثاء، تسجيل ثلاث إصابات جديدة بفيروس كورونا في محافظة البصرة جنوب البلاد، ليرتفع العدد الإجمالي إلى عشرين إصابة.</p>"
        + "<p>وقال المتحدث باسم الوزارة إن المصابين يخضعون للعزل في مستشفى الصدر التعليمي، وإن حالتهم الصحية مستقرة، داعياً المواطنين إلى الالتزام بالتعليمات الوقائية.</p>"
        + "<p>وكانت السلطات قد أغلقت المدارس والجامعات ودور السينما مدة عشرة أيام، ضمن إجراءات احترازية للحد من انتشار الفيروس في عموم المحافظات.</p>";

    private static DateOnly? Day(Document document) => document.Published.Date is { } date ? DateOnly.Parse(date.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [Fact]
    public void A_news_page_gives_its_article_without_menus_share_buttons_related_links_comments_or_footer()
    {
        var r = SourceReader.Read(Fixture("haftar-moscow.html"));
        Assert.Null(r.Error);
        var doc = r.Document!;
        var lines = doc.RawText.Split('\n');
        Assert.Equal("حفتر يصل إلى موسكو قبل مؤتمر باليرمو", lines[0]);
        Assert.StartsWith("وصل قائد الجيش الوطني الليبي، خليفة حفتر، إلى موسكو من جديد", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("ويرى مراقبون أن موسكو لن تدعم حفتر", StringComparison.Ordinal) && l.EndsWith("كما فعلت في سوريا من قبل.", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("حفتر يصل إلى موسكو", StringComparison.Ordinal)); // the headline once, not again from the h1
        // Entities decoded, once.
        Assert.Contains("وبحث معه \"الوضع الأمني في ليبيا\"", doc.RawText, StringComparison.Ordinal);
        Assert.Contains("الانقسام & الصراع", doc.RawText, StringComparison.Ordinal);
        foreach (var furniture in (string[])["الرئيسية", "عاجل", "شارك على فيسبوك", "واتساب", "السراج يلتقي ماكرون", "اقرأ أيضاً", "أبو أحمد", "التعليقات",
            "الأكثر قراءة", "جميع الحقوق محفوظة", "سياسة الخصوصية", "إعلان ممول", "dataLayer", "gtag", "color: red", "<", ">"])
            Assert.DoesNotContain(furniture, doc.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_page_gives_its_headline_outlet_address_and_publication_day_from_its_metadata()
    {
        var path = Fixture("haftar-moscow.html");
        var doc = SourceReader.Read(path).Document!;
        Assert.Equal("حفتر يصل إلى موسكو قبل مؤتمر باليرمو", doc.Title);
        Assert.Equal("عربي بوست", doc.Outlet);
        Assert.Equal("https://arabicpost.net/news/2018/11/09/haftar-moscow/", doc.Url);
        Assert.Equal(new DateOnly(2018, 11, 9), Day(doc));
        Assert.Equal(DateSource.Meta, doc.Published.How);
        Assert.Equal(StableId.OfBytes(File.ReadAllBytes(path)), doc.Id);
        Assert.Equal(path, doc.Source);
    }

    [Fact]
    public void The_date_and_publisher_come_from_the_news_article_in_a_json_ld_graph()
    {
        var doc = SourceReader.Read(Fixture("graph-date.html")).Document!;
        Assert.Equal(new DateOnly(2019, 5, 19), Day(doc)); // not the WebPage's 2019-01-01, nor the day it was modified
        Assert.Equal(DateSource.Meta, doc.Published.How);
        Assert.Equal("صحيفة سبق الإلكترونية", doc.Outlet); // the publisher, named by its @id elsewhere in the graph
        Assert.Equal("https://sabq.org/saudia/summit-2019", doc.Url);
        Assert.Equal("الرياض تستضيف قمة عربية طارئة الأسبوع المقبل", doc.Title); // the h1, not the <title> with the site's name
        Assert.StartsWith("الرياض تستضيف قمة عربية طارئة الأسبوع المقبل\nأعلنت المملكة العربية السعودية", doc.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("محليات", doc.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("جميع الحقوق محفوظة", doc.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_no_article_is_a_clear_failure()
    {
        var r = SourceReader.Read(Fixture("no-article.html"));
        Assert.Null(r.Document);
        Assert.Equal("no article text found in the page", r.Error);
    }

    [Theory]
    [InlineData(1256, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">")]
    [InlineData(28596, "<meta charset=\"ISO-8859-6\">")]
    [InlineData(1256, "")] // undeclared, and not UTF-8: the single-byte Arabic encoding that fits
    public void Pages_in_the_single_byte_Arabic_encodings_are_read_by_their_charset(int codePage, string meta)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = $"<html><head>{meta}<title>إصابات جديدة في البصرة</title></head><body><article>{Paragraphs}</article></body></html>";
        var r = ReadPage(html, encoding: Encoding.GetEncoding(codePage));
        Assert.Null(r.Error);
        Assert.Contains("تسجيل ثلاث إصابات جديدة بفيروس كورونا في محافظة البصرة", r.Document!.RawText, StringComparison.Ordinal);
        Assert.Equal("إصابات جديدة في البصرة", r.Document.Title);
    }

    [Fact]
    public void A_utf8_bom_and_a_wrong_charset_in_the_meta_the_bom_wins()
    {
        var html = Page("<meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1256\"><title>خبر</title>", $"<article>{Paragraphs}</article>");
        var r = ReadPage(html, encoding: new UTF8Encoding(true));
        Assert.Contains("مستشفى الصدر التعليمي", r.Document!.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void Scripts_in_the_article_give_no_text_and_markup_written_as_text_stays_text()
    {
        var body = "<article><h1>خبر عن الأمن الإلكتروني</h1>" + Paragraphs
            + "<script>var leaked = 'لا ينبغي أن يظهر هذا النص';</script>"
            + "<p>وأوضح الباحث أن الثغرة تسمح بحقن الشيفرة &lt;script&gt;alert(1)&lt;/script&gt; في الصفحات، وأن التحديث الجديد يعالجها بالكامل.</p>"
            + "<noscript>فعّل جافاسكربت</noscript><style>p{color:red}</style></article>";
        var doc = ReadPage(Page("<title>خبر</title>", body)).Document!;
        Assert.DoesNotContain("leaked", doc.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("لا ينبغي أن يظهر", doc.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("فعّل جافاسكربت", doc.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("color", doc.RawText, StringComparison.Ordinal);
        Assert.Contains("بحقن الشيفرة <script>alert(1)</script> في الصفحات", doc.RawText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2020-03-10T23:30:00+03:00\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-01\"}</script>", "", "2020-03-10")]
    [InlineData("<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"ReportageNewsArticle\",\"datePublished\":\"2020-03-10T08:00:00Z\"}]</script><meta name=\"pubdate\" content=\"2020-01-01\">", "", "2020-03-10")]
    [InlineData("<meta name=\"pubdate\" content=\"2020-01-01\">", "<time datetime=\"2020-03-10T10:00\">الثلاثاء</time>", "2020-03-10")]
    [InlineData("<meta name=\"pubdate\" content=\"20200310\"><meta name=\"DC.date.issued\" content=\"2020-03-10\">", "", "2020-03-10")]
    [InlineData("<meta property=\"og:published_time\" content=\"Tue, 10 Mar 2020 09:00:00 GMT\">", "", "2020-03-10")]
    [InlineData("<script type=\"application/ld+json\">{ not json </script>", "<p>نشر في 2020/03/10</p>", null)] // a visible date line is the analysis's to read
    public void The_publication_day_comes_from_the_first_metadata_that_gives_one(string head, string inArticle, string? day)
    {
        var doc = ReadPage(Page(head + "<title>خبر</title>", $"<article>{inArticle}{Paragraphs}</article><time datetime=\"2001-01-01\">في الشريط</time>")).Document!;
        Assert.Equal(day, doc.Published.Date?.Value);
        Assert.Equal(day is null ? DateSource.None : DateSource.Meta, doc.Published.How);
    }

    [Theory]
    [InlineData("<title>الحكومة تقر الموازنة العامة للعام المقبل | الجزيرة نت</title>", "الحكومة تقر الموازنة العامة للعام المقبل")]
    [InlineData("<title>الحكومة تقر الموازنة - العامة للعام المقبل - الجزيرة نت</title>", "الحكومة تقر الموازنة - العامة للعام المقبل")]
    [InlineData("<meta property=\"og:site_name\" content=\"الجزيرة نت\"><title>الجزيرة نت | الحكومة تقر الموازنة العامة للعام المقبل</title>", "الحكومة تقر الموازنة العامة للعام المقبل")]
    [InlineData("<meta property=\"og:title\" content=\"الحكومة تقر الموازنة | قراءة في الأرقام\"><title>أخرى</title>", "الحكومة تقر الموازنة | قراءة في الأرقام")]
    public void The_headline_is_the_og_title_or_the_page_title_without_the_site_name(string head, string title)
    {
        var doc = ReadPage(Page(head, $"<div class=\"story\">{Paragraphs}</div>")).Document!;
        Assert.Equal(title, doc.Title);
        Assert.StartsWith(title + "\n", doc.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_site_name_the_outlet_is_the_host_of_the_canonical_address()
    {
        var doc = ReadPage(Page("<link rel=\"Canonical\" href=\"https://www.aljazeera.net/news/2020/3/10/budget\"><title>خبر</title>", $"<article>{Paragraphs}</article>")).Document!;
        Assert.Equal("aljazeera.net", doc.Outlet);
        Assert.Equal("https://www.aljazeera.net/news/2020/3/10/budget", doc.Url);
    }

    [Fact]
    public void Where_readability_finds_nothing_the_article_element_is_taken()
    {
        // Too short for Readability's thresholds: one paragraph in an article, beside a menu.
        var body = "<nav class=\"menu\"><a href=\"/\">الرئيسية</a> <a href=\"/sport\">رياضة</a></nav>"
            + "<article><p>فاز الفريق الوطني على منافسه بهدفين دون رد.</p></article><footer>جميع الحقوق محفوظة</footer>";
        var doc = ReadPage(Page("<title>فوز الفريق الوطني</title>", body)).Document!;
        Assert.Equal("فوز الفريق الوطني\nفاز الفريق الوطني على منافسه بهدفين دون رد.", doc.RawText);
    }

    [Fact]
    public void The_fallback_takes_the_block_with_the_most_paragraph_text_without_page_furniture()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<body><div class=\"share-bar\"><p>شارك المقال مع أصدقائك الآن</p></div><div id=\"main\">" + Paragraphs + "</div>"
            + "<div class=\"related\"><p>خبر ذو صلة</p><p>خبر آخر ذو صلة</p></div></body>");
        var text = ArticleHeuristics.Text(document)!;
        Assert.Equal(3, text.Split('\n').Length);
        Assert.StartsWith("أعلنت وزارة الصحة", text, StringComparison.Ordinal);
        Assert.DoesNotContain("شارك", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\uFEFF \r\n<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", "notes.txt", "html")]
    [InlineData("<!-- saved from url=(0045)https://www.example.com/news/1 -->\n<HTML dir=rtl>", "page", "html")]
    [InlineData("<head><meta charset=utf-8>", "x", "html")]
    [InlineData("<meta charset=\"utf-8\"><p>نص</p>", "x", "html")]
    [InlineData("<script>var a;</script>\n<html><body>", "x", "html")]
    [InlineData("<div class=\"article\"><p>نص</p></div>", "saved.HTM", "html")]
    [InlineData("<div class=\"article\"><p>نص</p></div>", "saved.txt", "text")]
    [InlineData("خبر عن وسم <html> في المتصفحات", "a.html", "text")]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "news.html", "feed")]
    public void Html_is_recognized_by_its_first_tags_the_name_only_a_hint(string head, string name, string format) =>
        Assert.Equal(format, SourceReader.Formats.First(f => f.Recognizes(Encoding.UTF8.GetBytes(head), name)).Name);

    [Fact]
    public void A_page_inside_a_zip_archive_is_read_as_html()
    {
        var zipPath = Path.Combine(TestSupport.TempDir(), "pages.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("2018/haftar.html").Open();
            entry.Write(File.ReadAllBytes(Fixture("haftar-moscow.html")));
        }
        var r = Assert.Single(SourceReader.ReadAll(zipPath));
        Assert.Equal(zipPath + "!/2018/haftar.html", r.Path);
        Assert.Equal("عربي بوست", r.Document!.Outlet);
        Assert.DoesNotContain("الرئيسية", r.Document.RawText, StringComparison.Ordinal);
    }
}
