using Rasd.Arabic;

namespace Rasd.Tests.Arabic;

public class NumberRecognizerTests
{
    private static (string Text, double Value, NumberKind Kind)[] Numbers(string raw)
    {
        var n = ArabicNormalizer.ToMatchForm(raw);
        return [.. NumberRecognizer.Default.Find(n, Tokenizer.Tokenize(n)).Select(x => (x.Text, x.Value, x.Kind))];
    }

    [Fact]
    public void Cardinals_join_with_and_and_multiply_by_scales() =>
        Assert.Equal([("ثلاثة آلاف وخمسمئة", 3500, NumberKind.Cardinal), ("خمسة وعشرون", 25, NumberKind.Cardinal)],
            Numbers("قتل ثلاثة آلاف وخمسمئة شخص في خمسة وعشرون يوما"));

    [Fact]
    public void Digits_in_every_script_with_scales()
    {
        Assert.Equal([("3 ملايين", 3_000_000, NumberKind.Digits), ("٢٫٥ مليار", 2_500_000_000, NumberKind.Digits), ("1,000", 1000, NumberKind.Digits)],
            Numbers("نحو 3 ملايين و٢٫٥ مليار و1,000 دولار"));
    }

    [Fact]
    public void Ordinals_and_clitics_are_read_but_month_names_keep_their_words()
    {
        Assert.Equal([("الثامن والعشرين", 28, NumberKind.Ordinal), ("2018", 2018, NumberKind.Digits)], Numbers("في الثامن والعشرين من تشرين الثاني 2018"));
        Assert.Equal([("الثلاثة", 3, NumberKind.Cardinal)], Numbers("والثلاثة أيام"));
        Assert.Equal([("ثلاثة", 3, NumberKind.Cardinal)], Numbers("وللثلاثة أيام")); // the article fused into «لل» cannot be cut out
        Assert.Empty(Numbers("قال أحد المصادر أول أمس الأحد"));
    }
}

public class CalendarTests
{
    private static (ArabicCalendar.NameKind Kind, int Value)[] Names(string raw) =>
        [.. ArabicCalendar.Default.FindNames(Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(raw))).Select(n => (n.Kind, n.Value))];

    [Fact]
    public void Month_names_of_every_series_weekdays_and_hijri_months()
    {
        Assert.Equal([(ArabicCalendar.NameKind.Month, 11), (ArabicCalendar.NameKind.Month, 11), (ArabicCalendar.NameKind.Weekday, 4), (ArabicCalendar.NameKind.Month, 7), (ArabicCalendar.NameKind.HijriMonth, 9)],
            Names("في نوفمبر/تشرين الثاني والخميس بجويلية و15 رمضان 1436هـ"));
    }

    [Fact]
    public void Names_that_are_also_words_need_a_date_beside_them()
    {
        Assert.Empty(Names("وقال رجب طيب أردوغان إنه مارس الضغط"));
        Assert.Equal([(ArabicCalendar.NameKind.Month, 3), (ArabicCalendar.NameKind.HijriMonth, 9)], Names("في مارس الماضي وخلال شهر رمضان"));
    }

    [Theory]
    [InlineData(1444, 9, 15, "2023-04-06")]
    [InlineData(1436, 10, 1, "2015-07-17")]
    [InlineData(1447, 1, 1, "2025-06-26")]
    public void Hijri_dates_convert_by_umm_al_qura(int y, int m, int d, string gregorian) =>
        Assert.Equal(gregorian, ArabicCalendar.FromHijri(y, m, d)!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
