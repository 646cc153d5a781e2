using System.Globalization;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Pipeline;

namespace Rasd.Analysis.Time;

/// <summary>
/// Finds date expressions over tokens with the words of <see cref="ArabicCalendar"/>: numeric dates,
/// day + month (+ year), lists of days, month + year, months, years, relative days, weekdays and
/// relative periods. It only reads what is written; <see cref="TimeResolver"/> places it on the calendar.
/// </summary>
public sealed class TimeRecognizer(ArabicCalendar calendar)
{
    public IReadOnlyList<TimeExpression> Recognize(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var found = new List<TimeExpression>();
        for (var i = 0; i < tokens.Count;)
        {
            var hit = TryNumericDate(tokens, i) ?? TryHijri(tokens, i) ?? TryDays(tokens, i) ?? TryMonthYear(tokens, i) ?? TryYears(tokens, i)
                ?? TryRelativeDay(tokens, i) ?? TryWeekday(tokens, i) ?? TryPeriod(tokens, i) ?? TryMonth(tokens, i);
            if (hit is { } h)
            {
                var raw = doc.RawSpan(i, h.End);
                found.Add(new TimeExpression(raw, raw.SliceString(doc.Raw), i, h.End, h.Parts));
                i = h.End;
            }
            else i++;
        }
        return found;
    }

    private readonly record struct Hit(int End, TimeParts Parts);

    // 2018/11/09, 09-11-2018, 9.11.2018: three adjacent numbers joined by one separator.
    private static Hit? TryNumericDate(IReadOnlyList<Token> t, int i)
    {
        if (i + 4 >= t.Count || t[i].Kind != TokenKind.Number) return null;
        var sep = t[i + 1].Form;
        if (sep is not ("/" or "-" or ".") || t[i + 3].Form != sep) return null;
        for (var k = i; k < i + 4; k++)
            if (t[k].Span.End != t[k + 1].Span.Start) return null;
        if (t[i + 2].Kind != TokenKind.Number || t[i + 4].Kind != TokenKind.Number) return null;
        int a = Int(t[i]), b = Int(t[i + 2]), c = Int(t[i + 4]);
        var (y, m, d) = t[i].Form.Length == 4 ? (a, b, c) : t[i + 4].Form.Length == 4 ? (c, b, a) : (0, 0, 0);
        if (!IsDate(y, m, d)) return null;
        return new Hit(i + 5, new TimeParts { Year = y, Month = m, Day = d });
    }

    // «15 رمضان 1436هـ»، «غرة شوال 1444 هـ»: a Hijri day, month and year, converted by the Umm al-Qura calendar;
    // «رمضان 1436» alone covers the Gregorian days of that month.
    private Hit? TryHijri(IReadOnlyList<Token> t, int i)
    {
        var at = i;
        int? day = null;
        if (Day(t, at) is { } d) { day = d.Day; at = d.End; if (at < t.Count && t[at].Form == "من") at++; }
        if (calendar.HijriMonths.Match(t, at) is not { } month || month.End >= t.Count || t[month.End].Kind != TokenKind.Number) return null;
        if (!int.TryParse(t[month.End].Form, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1300 or > 1600) return null;
        var end = month.End + 1;
        if (Word(t, end, "hijri-mark") is { } mark) end = mark;
        if (day is { } dd)
        {
            if (ArabicCalendar.FromHijri(year, month.Value, dd) is not { } g) return null;
            return new Hit(end, new TimeParts { Year = g.Year, Month = g.Month, Day = g.Day });
        }
        if (ArabicCalendar.HijriMonthSpan(year, month.Value) is not var (first, last)) return null;
        // A Hijri month straddles two Gregorian months: written as the days it covers.
        return new Hit(end, new TimeParts { Year = first.Year, Month = first.Month, Day = first.Day, EndDate = last });
    }

    // «السابع من نوفمبر»، «26 سبتمبر 2023»، «يومي 12 و13 نوفمبر/تشرين الثاني»، «17 سبتمبر الماضي».
    private Hit? TryDays(IReadOnlyList<Token> t, int i)
    {
        var at = i;
        if (Word(t, at, "day-word") is { } dayWord) at = dayWord;
        if (Day(t, at) is not { } first) return null;
        var (day, afterDay) = first;
        int? dayEnd = null;
        if (afterDay + 1 < t.Count && t[afterDay].Form is "و" or "-" or "," && Day(t, afterDay + 1) is { } second && second.Day > day)
        {
            dayEnd = second.Day;
            afterDay = second.End;
        }
        if (afterDay < t.Count && t[afterDay].Form == "من") afterDay++;
        if (MonthWithPair(t, afterDay) is not { } monthHit) return null;
        var (month, end) = monthHit;
        if (!IsDate(2000, month, day) || dayEnd is { } de && !IsDate(2000, month, de)) return null;
        var (year, afterYear) = Year(t, end);
        end = afterYear;
        var direction = Direction(t, end, ref end);
        return new Hit(end, new TimeParts { Year = year, Month = month, Day = day, DayEnd = dayEnd, Direction = direction });
    }

    // «نوفمبر 2018»، «يونيو/ حزيران 2016»، «فبراير 2020».
    private Hit? TryMonthYear(IReadOnlyList<Token> t, int i)
    {
        if (MonthWithPair(t, i) is not { } monthHit) return null;
        var (year, afterYear) = Year(t, monthHit.End);
        var month = monthHit.Month;
        return year is null ? null : new Hit(afterYear, new TimeParts { Year = year, Month = month });
    }

    // «عام 2019»، «سنة 2011»، «عامي 2019 و2020»، «في 2019».
    private Hit? TryYears(IReadOnlyList<Token> t, int i)
    {
        var plural = Word(t, i, "years-word");
        var at = plural ?? Word(t, i, "year-word") ?? (t[i].Form == "في" ? i + 1 : -1);
        if (at < 0 || YearNumber(t, at) is not { } year) return null;
        var end = at + 1;
        if (plural is not null && end + 1 < t.Count && t[end].Form == "و" && YearNumber(t, end + 1) is { } last && last > year)
            return new Hit(end + 2, new TimeParts { Year = year, YearEnd = last });
        return new Hit(end, new TimeParts { Year = year });
    }

    // «أمس»، «أمس الأحد»، «أول أمس»، «اليوم».
    private Hit? TryRelativeDay(IReadOnlyList<Token> t, int i)
    {
        if (calendar.RelativeDays.Match(t, i) is not { } rel) return null;
        var end = rel.End;
        DayOfWeek? weekday = null;
        if (calendar.Weekdays.Match(t, end) is { } wd)
        {
            weekday = wd.Value;
            end = wd.End;
        }
        return new Hit(end, new TimeParts { Offset = rel.Value, Unit = PeriodUnit.Day, Weekday = weekday });
    }

    // «الخميس»، «مساء الخميس»، «يوم الأحد»، «الخميس المقبل».
    private Hit? TryWeekday(IReadOnlyList<Token> t, int i)
    {
        var at = i;
        if (Word(t, at, "day-word") is { } dw) at = dw;
        if (Word(t, at, "part-of-day") is { } pd) at = pd;
        if (calendar.Weekdays.Match(t, at) is not { } wd) return null;
        var end = wd.End;
        var direction = Direction(t, end, ref end);
        return new Hit(end, new TimeParts { Weekday = wd.Value, Direction = direction });
    }

    // «الشهر الماضي»، «الأسبوع المقبل»، «العام الجاري».
    private Hit? TryPeriod(IReadOnlyList<Token> t, int i)
    {
        if (calendar.Words.Match(t, i) is not { Value.Role: "period" } period) return null;
        var end = period.End;
        var direction = Direction(t, end, ref end);
        if (direction == TimeDirection.None) return null;
        var unit = Enum.Parse<PeriodUnit>(period.Value.Value!, ignoreCase: true);
        var offset = direction switch { TimeDirection.Past => -1, TimeDirection.Next => 1, _ => 0 };
        return new Hit(end, new TimeParts { Offset = offset, Unit = unit, Direction = direction });
    }

    // «في سبتمبر»، «بحزيران»، «أغسطس الماضي»: a bare month needs a lead word or a direction,
    // since some month names are also common words (مارس «practised»).
    private Hit? TryMonth(IReadOnlyList<Token> t, int i)
    {
        if (MonthWithPair(t, i) is not { } monthHit) return null;
        var (month, end) = monthHit;
        var direction = Direction(t, end, ref end);
        var led = i > 0 && Word(t, i - 1, "month-lead") == i || calendar.Months.Match(t, i) is { Proclitics.Length: > 0 } m && m.Proclitics.EndsWith('ب');
        if (!led && direction == TimeDirection.None) return null;
        return new Hit(end, new TimeParts { Month = month, Direction = direction });
    }

    private (int Month, int End)? MonthWithPair(IReadOnlyList<Token> t, int i)
    {
        if (calendar.Months.Match(t, i) is not { } month) return null;
        var end = month.End;
        // A paired name in the other series: «نوفمبر/تشرين الثاني»، «حزيران / يونيو»، «نوفمبر (تشرين الثاني)».
        if (end + 1 < t.Count && t[end].Form is "/" or "-" or "(" && calendar.Months.Match(t, end + 1) is { } pair)
        {
            end = pair.End;
            if (end < t.Count && t[end].Form == ")") end++;
        }
        return (month.Value, end);
    }

    private (int Day, int End)? Day(IReadOnlyList<Token> t, int i)
    {
        if (i >= t.Count) return null;
        if (t[i].Kind == TokenKind.Number && t[i].Form.Length <= 2 && Int(t[i]) is >= 1 and <= 31 and var d) return (d, i + 1);
        return calendar.Ordinals.Match(t, i) is { } ord ? (ord.Value, ord.End) : null;
    }

    private (int? Year, int End) Year(IReadOnlyList<Token> t, int i)
    {
        var at = i;
        if (at < t.Count && t[at].Form == ",") at++;
        if (Word(t, at, "year-word") is { } yw) at = yw;
        return YearNumber(t, at) is { } y ? (y, at + 1) : (null, i);
    }

    private static int? YearNumber(IReadOnlyList<Token> t, int i) =>
        i < t.Count && t[i].Kind == TokenKind.Number && t[i].Form.Length == 4 && Int(t[i]) is >= 1900 and <= 2100 and var y ? y : null;

    private TimeDirection Direction(IReadOnlyList<Token> t, int i, ref int end)
    {
        if (calendar.Words.Match(t, i) is not { Value.Role: "direction" } w) return TimeDirection.None;
        end = w.End;
        return Enum.Parse<TimeDirection>(w.Value.Value!, ignoreCase: true);
    }

    /// <summary>The token after a time word of <paramref name="role"/> at <paramref name="i"/>, or null.</summary>
    private int? Word(IReadOnlyList<Token> t, int i, string role) =>
        calendar.Words.Match(t, i) is { } w && w.Value.Role == role ? w.End : null;

    private static int Int(Token t) => int.TryParse(t.Form, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;

    private static bool IsDate(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
}
