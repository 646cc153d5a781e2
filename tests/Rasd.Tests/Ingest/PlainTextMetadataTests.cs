using Rasd.Arabic;
using Rasd.Ingest;

namespace Rasd.Tests.Ingest;

public class PlainTextMetadataTests
{
    [Theory]
    [InlineData("زيارة مفاجئة من حفتر إلى روسيا\nعربي بوست\nتم النشر: 2018/11/09 الساعة 11:32\nنص الخبر.", "عربي بوست")] // known, in the header
    [InlineData("عنوان الخبر\nنص الخبر الأول.\nنص الخبر الثاني.\nمركز الحقول للدراسات والنشر\n30 حزيران / يونيو 2016", "مركز الحقول للدراسات والنشر")] // above the footer's date
    [InlineData("عنوان الخبر\nالشرق الأوسط\nنص الخبر.", "الشرق الأوسط")]
    public void The_outlet_is_read_from_a_header_or_footer_line(string text, string outlet) => Assert.Equal(outlet, PlainTextMetadata.OutletOf(text));

    [Theory]
    [InlineData("عنوان الخبر\nلقاء لافت في الكرملين يجدد حضور روسيا في ليبيا.\nالاثنين 2025/05/12\nقرب أكبر من أي وقت مضى\nنص الخبر.")] // a subtitle is no outlet
    [InlineData("حفتر يبحث مع بوتين\nايجاز\nفي 26 سبتمبر 2023، وصل حفتر إلى روسيا.")] // no date line beside it, and no known name
    public void A_subtitle_or_a_rubric_is_no_outlet(string text) => Assert.Null(PlainTextMetadata.OutletOf(text));

    [Fact]
    public void Every_known_outlet_has_a_latin_name_and_a_domain_and_is_found_as_a_header_line()
    {
        var rows = LanguageData.Read("ar/outlets.tsv");
        Assert.True(rows.Count >= 30);
        Assert.All(rows, r => Assert.Contains('.', r["domain"]));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r["latin"])));
        Assert.All(rows, r => Assert.Equal(r["form"], PlainTextMetadata.OutletOf($"عنوان الخبر\n{r["form"]}\nنص الخبر.")));
    }

    [Fact]
    public void The_seeds_name_their_outlets_where_they_have_one()
    {
        string? Outlet(string seed) => SourceReader.Read(Path.Combine(TestSupport.Seeds, seed)).Document!.Outlet;
        Assert.Equal("عربي بوست", Outlet("000_9522b40967220a81.txt"));
        Assert.Equal("مركز الحقول للدراسات والنشر", Outlet("002_315bf9464dcb6a5d.txt"));
        Assert.Null(Outlet("004_86d1016291de20f4.txt"));
    }
}
