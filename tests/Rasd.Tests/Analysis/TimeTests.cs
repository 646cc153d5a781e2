using Rasd.Analysis.Time;
using Rasd.Core.Model;

namespace Rasd.Tests.Analysis;

public class TimeTests
{
    /// <summary>The value of the one time expression in <paramref name="text"/>, or its unresolved reason.</summary>
    private static string Resolve(string text, string? published)
    {
        var doc = TestSupport.Analyze(text, published);
        var e = Assert.Single(doc.TimeExpressions);
        return e.Value?.Value ?? "unresolved: " + e.Unresolved;
    }

    [Theory]
    [InlineData("وصل في السابع من نوفمبر/تشرين الثاني.", "2018-11-09", "2018-11-07")]
    [InlineData("في الثامن نوفمبر/تشرين الثاني أكد المتحدث", "2018-11-09", "2018-11-08")]
    [InlineData("وفي يومي 12 و13 نوفمبر/تشرين الثاني، سيعقد مؤتمر", "2018-11-09", "2018-11-12/2018-11-13")]
    [InlineData("في 10 ديسمبر/كانون الأول الماضي.", "2018-11-09", "2017-12-10")]
    [InlineData("في 26 سبتمبر 2023، وصل حفتر", null, "2023-09-26")]
    [InlineData("30 حزيران / يونيو 2016", null, "2016-06-30")]
    [InlineData("تم النشر: 2018/11/09 الساعة 11:32", null, "2018-11-09")]
    [InlineData("بتاريخ 09-11-2018 صدر", null, "2018-11-09")]
    [InlineData("في 9.11.2018 صدر", null, "2018-11-09")]
    [InlineData("في نوفمبر 2018 زار", null, "2018-11")]
    [InlineData("منذ عام 2017 تنامت", null, "2017")]
    [InlineData("خلال عامي 2019 و2020 قدمت", null, "2019/2020")]
    [InlineData("الموافق لـ9 مايو", "2025-05-12", "2025-05-09")]
    [InlineData("قال أمس إن", "2025-05-12", "2025-05-11")]
    [InlineData("وصل مساء الخميس", "2025-05-12", "2025-05-08")]
    [InlineData("التقى حفتر السبت وزير الدفاع", "2025-05-12", "2025-05-10")]
    [InlineData("يصل الخميس المقبل", "2025-05-12", "2025-05-15")]
    [InlineData("وفي أغسطس الماضي زار", "2023-09-26", "2023-08")]
    [InlineData("في الشهر الماضي زار", "2023-09-26", "2023-08")]
    [InlineData("بحزيران الماضي زار", "2016-11-14", "2016-06")]
    public void Expressions_resolve_like_a_careful_reader(string text, string? published, string expected) =>
        Assert.Equal(expected, Resolve(text, published));

    [Fact]
    public void Relative_words_without_a_publication_date_keep_their_span_and_a_reason() =>
        Assert.Equal("unresolved: " + TimeResolver.NoPublicationDate, Resolve("وصل أمس الأحد إلى موسكو", null));

    [Fact]
    public void A_year_less_date_takes_its_year_from_the_latest_full_date_before_it()
    {
        var doc = TestSupport.Analyze("في 26 سبتمبر 2023، وصل حفتر. ويعود آخر لقاء إلى 17 سبتمبر الماضي. وفي 28 سبتمبر، أعلن الكرملين.");
        Assert.Equal(["2023-09-26", "2023-09-17", "2023-09-28"], doc.TimeExpressions.Select(t => t.Value!.Value));
        Assert.Equal(["absolute", "context", "context"], doc.TimeExpressions.Select(t => t.Anchor));
    }

    [Fact]
    public void A_bare_month_name_that_is_also_a_word_is_not_a_date() =>
        Assert.Empty(TestSupport.Analyze("مارس الضغط على الحكومة", "2020-01-01").TimeExpressions);

    [Fact]
    public void Spans_slice_the_raw_text()
    {
        const string text = "وصل حفتر روسيا الخميس بناءً على دعوة، الموافق لـ9 مايو";
        foreach (var t in TestSupport.Analyze(text, "2025-05-12").TimeExpressions)
            Assert.Equal(t.Text, t.Raw.SliceString(text));
    }
}

public class PublicationDateTests
{
    private static PublishedDate Find(string text) => TestSupport.Analyze(text).Published;

    [Fact]
    public void A_publication_cue_wins_over_an_update_line()
    {
        var p = Find("عنوان\nتم التحديث: 2018/11/10 الساعة 11:34\nتم النشر: 2018/11/09 الساعة 11:32\nنص المقال الطويل هنا.");
        Assert.Equal("2018-11-09", p.Date!.Value);
        Assert.Equal(DateSource.Header, p.How);
    }

    [Fact]
    public void A_date_alone_on_a_header_line() =>
        Assert.Equal("2025-05-12", Find("زيارة حفتر إلى موسكو\nالاثنين 2025/05/12\nوصل حفتر إلى موسكو في 8 مايو.").Date!.Value);

    [Fact]
    public void A_date_alone_on_a_footer_line() =>
        Assert.Equal("2016-06-30", Find("قام حفتر بزيارة إلى موسكو.\nوأضافت المصادر أن الزيارة مهمة.\nمركز الحقول\n30 حزيران / يونيو 2016").Date!.Value);

    [Fact]
    public void A_date_inside_a_sentence_is_not_a_publication_date() =>
        Assert.Equal(DateSource.None, Find("عنوان\nفي 26 سبتمبر 2023، وصل خليفة حفتر قائد قوات الشرق الليبي إلى روسيا لبحث الأوضاع.").How);

    [Fact]
    public void Metadata_wins_over_the_text() =>
        Assert.Equal("2020-01-01", TestSupport.Analyze("عنوان\nالاثنين 2025/05/12", "2020-01-01").Published.Date!.Value);
}
