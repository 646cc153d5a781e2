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
    [InlineData("وعاشت هذه الحضارة قبل 14500 عام.")]
    [InlineData("وشيدت المدينة قبل 2500 سنة.")]
    public void A_count_back_beyond_the_calendar_is_unresolved_not_a_crash(string text)
    {
        var e = Assert.Single(TestSupport.Analyze(text, "2018-07-17").TimeExpressions);
        if (e.Value is null) Assert.Equal(TimeResolver.OutOfCalendar, e.Unresolved);
        else Assert.True(e.Value.Start.Year > 0);
    }

    [Theory]
    [InlineData("وصل في السابع من نوفمبر/تشرين الثاني.", "2018-11-09", "2018-11-07")]
    [InlineData("تفقد الأمير الوحدات المتقدمة البارحة الأولى.", "2015-07-21", "2015-07-19")] // the night before last
    [InlineData("تفقد الأمير الوحدات المتقدمة البارحة.", "2015-07-21", "2015-07-20")]
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
    [InlineData("وصل الخميس إلى القاهرة", "2025-05-12", "2025-05-08")]
    [InlineData("سيصل الخميس إلى القاهرة", "2025-05-12", "2025-05-15")]
    [InlineData("ومن المقرر أن يصل الوفد الخميس", "2025-05-12", "2025-05-15")]
    [InlineData("التقاه الاثنين الماضي", "2025-05-12", "2025-05-05")]
    [InlineData("سيستقبل الاثنين نظيره", "2025-05-12", "2025-05-12")]
    [InlineData("التقاه الثلاثاء في مكتبه", "2025-05-13", "2025-05-13")]
    [InlineData("يصل الاثنين المقبل", "2025-05-12", "2025-05-19")]
    [InlineData("وقع الحادث قبل يومين", "2018-03-08", "2018-03-06")]
    [InlineData("وقع الحادث قبل ثلاثة أسابيع", "2018-03-08", "2018-02-15")]
    [InlineData("وصل قبل شهرين", "2018-03-08", "2018-01")]
    [InlineData("تنتهي الأعمال بعد أسبوع", "2018-03-08", "2018-03-15")]
    [InlineData("زارها قبل عامين", "2018-03-08", "2016")]
    [InlineData("في هذا العام", "2018-03-08", "2018")]
    [InlineData("الأسبوع الماضي", "2018-03-08", "2018-02-25/2018-03-03")]
    [InlineData("مساء أمس الأربعاء", "2018-03-08", "2018-03-07")]
    [InlineData("غدا الجمعة", "2018-03-08", "2018-03-09")]
    [InlineData("من 5 إلى 7 مايو", "2018-03-08", "2018-05-05/2018-05-07")]
    [InlineData("من يناير إلى مارس 2019", null, "2019-01/2019-03")]
    [InlineData("بين 2010 و2015", null, "2010/2015")]
    [InlineData("من 28 سبتمبر حتى 2 أكتوبر 2017", null, "2017-09-28/2017-10-02")]
    [InlineData("في منتصف 2020", null, "2020")]
    [InlineData("في أواخر الشهر", "2018-03-08", "2018-03")]
    [InlineData("مطلع العام المقبل", "2018-03-08", "2019")]
    [InlineData("في 15 رمضان 1444هـ", null, "2023-04-06")]
    [InlineData("بتاريخ 18/ 10/ 1436هـ", null, "2015-08-03")]
    [InlineData("حتى 30 شوال الجاري", "2015-08-07", "2015-08-15")]
    [InlineData("خلال شهر رمضان الماضي", "2015-07-22", "2015-06-18/2015-07-16")]
    [InlineData("في رمضان 2019", null, "2019-05-06/2019-06-03")]
    [InlineData("الجمعة 10 مارس 2017", "2017-03-04", "2017-03-10")]
    [InlineData("منذ يونيو من العام الماضي", "2015-08-08", "2014-06")]
    [InlineData("في تاريخ 7 فبراير من العام 2013", "2015-07-21", "2013-02-07")]
    [InlineData("أيام 15 و16 و17 جوان 2017", null, "2017-06-15/2017-06-17")]
    [InlineData("بين الثالث والعاشر من يناير", "2018-03-02", "2018-01-03/2018-01-10")]
    [InlineData("بين يونيو (حزيران) 2014 ويناير (كانون الثاني) 2015", null, "2014-06/2015-01")]
    [InlineData("خلال أزمة المهاجرين في 2015-2016", null, "2015/2016")]
    [InlineData("منذ ديسمبر كانون الأول 2013", null, "2013-12")]
    [InlineData("في حرب أكتوبر 1973م", null, "1973-10")]
    [InlineData("استعدادات مونديال 2018، وسط", null, "2018")]
    [InlineData("كان علينا أن نبيعه قبل 30 حزيران", "2018-03-28", "2017-06-30")]
    public void Expressions_resolve_like_a_careful_reader(string text, string? published, string expected) =>
        Assert.Equal(expected, Resolve(text, published));

    [Fact]
    public void A_weekday_and_the_date_it_agrees_with_both_take_the_date()
    {
        // «يوم الأحد الموافق 22 تموز» written on Saturday the 21st: tomorrow, not last Sunday.
        var times = TestSupport.Analyze("تنظم التظاهرة يوم الأحد الموافق 22 تموز في بغداد.", "2018-07-21").TimeExpressions;
        Assert.Equal(["يوم الأحد", "22 تموز"], times.Select(t => t.Text));
        Assert.All(times, t => Assert.Equal("2018-07-22", t.Value!.Value));
    }

    [Theory]
    [InlineData("ويلتقي نظيره في 23 مارس الحالي، ثم يحل ضيفا في 27 من الشهر نفسه.", "2018-03-10", "2018-03-27")]
    [InlineData("وتقام مباريات الذهاب في 18 و19 آب الجاري والإياب في 25 و26 منه.", "2015-08-01", "2015-08-25/2015-08-26")]
    public void A_day_of_the_same_month_takes_the_month_just_named(string text, string published, string expected) =>
        Assert.Equal(expected, TestSupport.Analyze(text, published).TimeExpressions[^1].Value!.Value);

    [Theory]
    [InlineData("استمرت الزيارة لمدة ثلاثة أيام", "P3D")]
    [InlineData("يعيش هناك منذ سنوات", "PXY")]
    [InlineData("يعيش هناك منذ 15 عاما", "P15Y")]
    [InlineData("خلال أسبوعين", "P2W")]
    [InlineData("لمدة ساعتين", "PT2H")]
    [InlineData("وقع الحادث قبل سنوات", "PXY")] // years back, how many unsaid: no date to give
    [InlineData("مع بقاء ثمانية أيام على انتهاء المهلة", "P8D")]
    [InlineData("على قرض جديد لثلاث سنوات", "P3Y")]
    public void Durations_are_lengths_of_time_not_dates(string text, string expected)
    {
        var e = Assert.Single(TestSupport.Analyze(text, "2018-03-08").TimeExpressions);
        Assert.Null(e.Value);
        Assert.Equal(expected, e.Duration);
        Assert.Equal(TimeKind.Duration, e.Parts.Kind);
    }

    [Theory]
    [InlineData("وفي اليوم التالي التقى وزير الدفاع")]
    [InlineData("وكان آنذاك وزيرا للدفاع")]
    [InlineData("وتأتي الزيارة بعد أسبوع من زيارة الرئيس الأمريكي")] // counted from another event, not from the day of writing
    [InlineData("وصل قبل ثلاثة أيام على موعد القمة")]
    public void What_the_text_does_not_place_keeps_its_span_and_a_reason_never_a_guess(string text)
    {
        var e = Assert.Single(TestSupport.Analyze(text, "2018-03-08").TimeExpressions);
        Assert.Null(e.Value);
        Assert.False(string.IsNullOrEmpty(e.Unresolved));
    }

    [Theory]
    [InlineData("مارس الرجل الرياضة طويلا")]
    [InlineData("اشترى 2000 سهم")]
    [InlineData("لم يحضر الأحد منهم")]
    [InlineData("وقال عضو الأمانة العامة لقوى 14 آذار إن")]
    [InlineData("أغلق الباب في وجهه")]
    [InlineData("اشترى 2000 سهم في الشركة")]
    public void Words_that_only_look_like_dates_are_not_taken(string text) =>
        Assert.Empty(TestSupport.Analyze(text, "2018-03-08").TimeExpressions);

    [Theory]
    [InlineData("استقبل الرئيس اليوم الثلاثاء الوفد", "2015-07-24", "2015-07-21")] // dated Friday: the Tuesday before
    [InlineData("وصل أمس الأحد إلى موسكو", "2018-11-13", "2018-11-11")] // written on the Monday, published on the Tuesday
    [InlineData("يصل غدا الخميس إلى موسكو", "2018-11-13", "2018-11-15")]
    [InlineData("استقبل الرئيس اليوم الجمعة الوفد", "2015-07-24", "2015-07-24")] // they agree
    public void A_weekday_named_with_today_or_yesterday_is_the_day_meant_when_the_texts_date_disagrees(string text, string published, string expected) =>
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
    public void A_date_inside_a_sentence_is_not_a_written_publication_date_but_bounds_an_inferred_one()
    {
        var published = TestSupport.Analyze("عنوان\nفي 26 سبتمبر 2023، وصل خليفة حفتر قائد قوات الشرق الليبي إلى روسيا لبحث الأوضاع.").Published;
        Assert.Equal(DateSource.Inferred, published.How);
        Assert.Equal("2023-09-26", published.Date!.Value);
        Assert.InRange(published.Confidence, 0.1, 0.6);
    }

    [Fact]
    public void The_weekday_that_relative_words_imply_dates_a_document_with_no_date()
    {
        // «أمس الأحد» is written on a Monday: the first Monday on or after the latest date reported.
        var doc = TestSupport.Analyze("عنوان\nوصل حفتر أمس الأحد إلى موسكو، بعد زيارة أولى في 10 نوفمبر 2018.");
        Assert.Equal(DateSource.Inferred, doc.Published.How);
        Assert.Equal("2018-11-12", doc.Published.Date!.Value);
        Assert.True(doc.Published.Confidence > 0.5);
        var yesterday = doc.TimeExpressions.Single(t => t.Parts.Kind == TimeKind.RelativeDay);
        Assert.Equal(("2018-11-11", "inferred"), (yesterday.Value!.Value, yesterday.Anchor));
    }

    [Fact]
    public void A_document_with_no_date_reported_gets_none() =>
        Assert.Equal(DateSource.None, TestSupport.Analyze("عنوان\nوصل حفتر أمس الأحد إلى موسكو.").Published.How);

    [Fact]
    public void Metadata_wins_over_the_text() =>
        Assert.Equal("2020-01-01", TestSupport.Analyze("عنوان\nالاثنين 2025/05/12", "2020-01-01").Published.Date!.Value);
}
