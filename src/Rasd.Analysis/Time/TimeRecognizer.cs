using System.Collections.Frozen;
using System.Globalization;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Pipeline;

namespace Rasd.Analysis.Time;

/// <summary>
/// Finds time expressions over tokens with the words of <see cref="ArabicCalendar"/> (all data under
/// resources/ar): numeric dates, day + month (+ year), ranges and lists, Hijri dates, month + year,
/// months, years, «منتصف 2020»-style parts of periods, relative days, weekdays, named and counted
/// periods («الشهر الماضي»، «قبل يومين»), durations, and times named elsewhere («في اليوم التالي»).
/// Matching walks tokens forward through prefix tries, so it never backtracks. It only reads what is
/// written (and the governing verb's tense); <see cref="TimeResolver"/> places it on the calendar.
/// </summary>
public sealed class TimeRecognizer(ArabicCalendar calendar, NumberRecognizer? numbers = null)
{
    private readonly NumberRecognizer _numbers = numbers ?? NumberRecognizer.Default;

    // Every word a time expression can begin with: most tokens are none of them and are passed over at the cost of one lookup per reading.
    private readonly FrozenSet<string> _starts = calendar.Words.FirstFormsOf(w => w.Roles.Any(r => StartingRoles.Contains(r.Role)))
        .Concat(calendar.Months.FirstForms).Concat(calendar.HijriMonths.FirstForms).Concat(calendar.Weekdays.FirstForms)
        .Concat(calendar.Ordinals.FirstForms).Concat(calendar.RelativeDays.FirstForms).Concat(calendar.Units.FirstForms)
        .Concat((numbers ?? NumberRecognizer.Default).WordForms)
        .ToFrozenSet(StringComparer.Ordinal);

    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _startLookup => _starts.GetAlternateLookup<ReadOnlySpan<char>>();

    // The roles of time-words.tsv a time expression can begin with («مساء»، «منذ»، «في»); the others only follow («الماضي»، «إلى»).
    private static readonly string[] StartingRoles =
        ["part-of-day", "year-word", "years-word", "day-word", "period", "month-lead", "mod", "relation", "range-from", "this", "anaphoric"];

    private bool MayStart(Token token) =>
        token.Kind == TokenKind.Number || token.IsWord && StartsAfterProclitics(token.Form.AsSpan(), depth: 0);

    // The form, or what is left once proclitics are read off it (up to three: «وبال»), is a starting word. No allocation.
    private bool StartsAfterProclitics(ReadOnlySpan<char> form, int depth)
    {
        if (_startLookup.Contains(form)) return true;
        if (depth == 3) return false;
        foreach (var prefix in Clitics.Default.Prefixes)
            if (form.Length - prefix.Length >= 2 && form.StartsWith(prefix, StringComparison.Ordinal) && StartsAfterProclitics(form[prefix.Length..], depth + 1))
                return true;
        return false;
    }

    // How far back from an expression the governing verb is looked for, within the sentence.
    private const int TenseWindow = 8;

    public IReadOnlyList<TimeExpression> Recognize(AnalyzedDocument doc)
    {
        var tokens = new Scan(doc.Tokens, calendar);
        var found = new List<TimeExpression>();
        for (var i = 0; i < tokens.Count;)
        {
            if (MayStart(doc.Tokens[i]) && Find(tokens, i) is { } h)
            {
                var raw = doc.RawSpan(i, h.End);
                var parts = h.Parts.Tense == Tense.None ? h.Parts with { Tense = TenseBefore(tokens, i) } : h.Parts;
                found.Add(new TimeExpression(raw, raw.SliceString(doc.Raw), i, h.End, parts));
                i = h.End;
            }
            else i++;
        }
        return found;
    }

    private Hit? Find(Scan t, int i) =>
        i > 0 && Word(t, i - 1, "name-lead") is not null ? null // «قوى 14 آذار» is a name
        : TryNumericDate(t, i) ?? TryDatedWeekday(t, i) ?? TryRange(t, i) ?? TryYearSpan(t, i) ?? TryHijri(t, i) ?? TryModded(t, i) ?? TryDays(t, i)
        ?? TryMonthYear(t, i) ?? TryYears(t, i) ?? TryCounted(t, i) ?? TryAnaphoric(t, i) ?? TryRelativeDay(t, i) ?? TryWeekday(t, i)
        ?? TryPeriod(t, i) ?? TryMonth(t, i);

    private readonly record struct Hit(int End, TimeParts Parts);

    // 2018/11/09, 09-11-2018, 9.11.2018, «18/ 10/ 1436هـ»: three numbers joined by one separator, a four-digit
    // year at one end; a year of 1300–1500 is Hijri and converted. Spaces are allowed around «/» only.
    private Hit? TryNumericDate(Scan t, int i)
    {
        if (i + 4 >= t.Count || t[i].Kind != TokenKind.Number) return null;
        var sep = t[i + 1].Form;
        if (sep is not ("/" or "-" or ".") || t[i + 3].Form != sep) return null;
        for (var k = i; k < i + 4; k++)
            if (t[k].Span.End != t[k + 1].Span.Start && sep != "/") return null;
        if (t[i + 2].Kind != TokenKind.Number || t[i + 4].Kind != TokenKind.Number) return null;
        int a = Int(t[i]), b = Int(t[i + 2]), c = Int(t[i + 4]);
        var (y, m, d) = t[i].Form.Length == 4 ? (a, b, c) : t[i + 4].Form.Length == 4 ? (c, b, a) : (0, 0, 0);
        var end = i + 5;
        if (y is >= 1300 and <= 1500)
        {
            if (ArabicCalendar.FromHijri(y, m, d) is not { } g) return null;
            if (Word(t, end, "hijri-mark") is { } mark) end = mark;
            return new Hit(end, new TimeParts { Year = g.Year, Month = g.Month, Day = g.Day, Kind = TimeKind.Hijri });
        }
        if (!IsDate(y, m, d)) return null;
        if (Word(t, end, "gregorian-mark") is { } g2) end = g2;
        return new Hit(end, new TimeParts { Year = y, Month = m, Day = d, Kind = TimeKind.Numeric });
    }

    // «الجمعة 10 مارس 2017»، «اليوم الثلاثاء 26/10/1436هـ»، «أمس الأحد 28 أوت 2016»: a weekday written with its date is
    // that date, one expression; «يوم الأحد الموافق 22 تموز»: two, the weekday taking the date's value.
    private Hit? TryDatedWeekday(Scan t, int i)
    {
        if ((TryWeekday(t, i) ?? TryRelativeDay(t, i)) is not { Parts.Weekday: not null } day) return null;
        var at = day.End;
        if (at < t.Count && t[at].Form == ",") at++;
        if (Word(t, at, "same-day") is { } same) at = same;
        if ((TryNumericDate(t, at) ?? TryHijri(t, at) ?? TryDays(t, at)) is not { } date || date.Parts is { Day: null, HijriDay: null } || date.Parts.DayEnd is not null) return null;
        return at == day.End ? new Hit(date.End, date.Parts) : new Hit(day.End, date.Parts with { Kind = day.Parts.Kind });
    }

    // «2015-2016»، «(2003 - 2010)»، «1885-1957»: two years joined by a dash, the second the later.
    private static Hit? TryYearSpan(Scan t, int i)
    {
        if (YearNumber(t, i, 1000) is not { } first || i + 2 >= t.Count || t[i + 1].Form != "-" || YearNumber(t, i + 2, 1000) is not { } last) return null;
        return last > first && last - first <= 200 ? new Hit(i + 3, new TimeParts { Year = first, YearEnd = last, Kind = TimeKind.Range }) : null;
    }

    // «من 5 إلى 7 مايو»، «من يناير إلى مارس 2019»، «بين 2010 و2015»، «من 28 سبتمبر حتى 2 أكتوبر»:
    // two points, the first taking what it leaves out (month, year) from the second.
    private Hit? TryRange(Scan t, int i)
    {
        if (Word(t, i, "range-from") is not { } at) return null;
        var from = TryPoint(t, at, allowBareDay: true);
        if (from is not { } a || a.End >= t.Count) return null;
        // «بين يونيو 2014 ويناير 2015»، «بين الثالث والعاشر»: «و» glued to the far end's first word.
        var to = Word(t, a.End, "range-to") ?? (t[a.End].Proclitics is ["و", ..] && t[i].Form != "من" ? a.End : (int?)null);
        if (to is null) return null;
        if (to == a.End + 1 && t[a.End].Form == "و" && t[i].Form == "من") return null; // «من 2010 و…» is no range
        if (TryPoint(t, to.Value, allowBareDay: false) is not { } b) return null;
        var start = a.Parts;
        var end = b.Parts;
        if (start.Month is null && start.Day is not null) start = start with { Month = end.Month };
        if (start.Year is null && start.Month is not null) start = start with { Year = end.Year };
        if (start.Month is null && start.Year is null) return null;
        if (end.Month is null && end.Day is not null) end = end with { Month = start.Month, Year = start.Year };
        if (start.Month is null != end.Month is null) return null; // «من 2019 إلى مارس» mixes precisions: left to the parts
        return new Hit(b.End, start with { Until = end, Kind = TimeKind.Range, DayEnd = null, YearEnd = null });
    }

    /// <summary>One end of a range: a day with its month, a month with or without its year, a year, or (first end only) a bare day.</summary>
    private Hit? TryPoint(Scan t, int i, bool allowBareDay)
    {
        if (TryDays(t, i) is { } days && days.Parts.DayEnd is null) return days;
        if (TryMonthYear(t, i) is { } monthYear) return monthYear;
        if (MonthWithPair(t, i) is { } month) return new Hit(month.End, new TimeParts { Month = month.Month });
        var at = Word(t, i, "year-word") ?? Word(t, i, "years-word") ?? i;
        if (YearNumber(t, at, at > i ? 1000 : 1900) is { } year) return new Hit(at + 1, new TimeParts { Year = year });
        if (allowBareDay && Day(t, Word(t, i, "day-word") ?? i) is { } day && (day.End >= t.Count || Word(t, day.End, "range-to") is not null))
            return new Hit(day.End, new TimeParts { Day = day.Day });
        return null;
    }

    // «15 رمضان 1436هـ»، «غرة شوال 1444 هـ»، «الأول من محرم عام 1437ه»: a Hijri day, month and year, converted by
    // the Umm al-Qura calendar; «رمضان 1436» alone covers the Gregorian days of that month, «رمضان 2019» the one of
    // that Gregorian year; «30 شوال الجاري»، «شهر رمضان الماضي» are placed from the anchor.
    private Hit? TryHijri(Scan t, int i)
    {
        var at = i;
        int? day = null;
        if (Word(t, at, "day-word") is { } dayWord && Day(t, dayWord) is not null) at = dayWord;
        if (Day(t, at) is { } d) { day = d.Day; at = d.End; if (at < t.Count && t[at].Form == "من") at++; }
        var led = at < t.Count && t[at].Form == "شهر";
        if (led) at++;
        if (t.HijriMonths(at) is not { } month) return null;
        var afterMonth = month.End;
        if (Word(t, afterMonth, "year-word") is { } yw && afterMonth + 1 < t.Count && t[yw].Kind == TokenKind.Number) afterMonth = yw;
        if (afterMonth >= t.Count || t[afterMonth].Kind != TokenKind.Number || !int.TryParse(t[afterMonth].Form, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            var end0 = month.End;
            var direction = Direction(t, end0, ref end0);
            if (day is null && !led && direction == TimeDirection.None) return null; // «رمضان» alone may be a name
            if (day is { } dd0 && dd0 > 30) return null;
            return new Hit(end0, new TimeParts { HijriMonth = month.Value, HijriDay = day, Direction = direction, Kind = TimeKind.Hijri });
        }
        var end = afterMonth + 1;
        if (year is >= 1900 and <= 2100 && day is null)
        {
            // «رمضان 2019»: the Hijri month that begins in that Gregorian year.
            var hy = ArabicCalendar.HijriYearOf(new DateOnly(year, 6, 30));
            foreach (var candidate in new[] { hy - 1, hy, hy + 1 })
                if (ArabicCalendar.HijriMonthSpan(candidate, month.Value) is var (f, l) && f.Year == year)
                    return new Hit(end, new TimeParts { Year = f.Year, Month = f.Month, Day = f.Day, EndDate = l, Kind = TimeKind.Hijri });
            return null;
        }
        if (year is < 1300 or > 1600) return null;
        if (Word(t, end, "hijri-mark") is { } mark) end = mark;
        if (day is { } dd)
        {
            if (ArabicCalendar.FromHijri(year, month.Value, dd) is not { } g) return null;
            return new Hit(end, new TimeParts { Year = g.Year, Month = g.Month, Day = g.Day, Kind = TimeKind.Hijri });
        }
        if (ArabicCalendar.HijriMonthSpan(year, month.Value) is not var (first, last)) return null;
        // A Hijri month straddles two Gregorian months: written as the days it covers.
        return new Hit(end, new TimeParts { Year = first.Year, Month = first.Month, Day = first.Day, EndDate = last, Kind = TimeKind.Hijri });
    }

    // «منتصف 2020»، «أواخر الشهر»، «مطلع العام المقبل»، «نهاية نوفمبر الماضي»: a part of a period.
    private Hit? TryModded(Scan t, int i)
    {
        if (t.Words(i) is not { } w || w.Value["mod"] is not { } mod) return null;
        var at = w.End;
        var hit = TryMonthYear(t, at) ?? TryMonth(t, at, led: true) ?? TryPeriod(t, at, bareIsCurrent: true);
        if (hit is null && (Word(t, at, "year-word") ?? at) is var y && YearNumber(t, y) is { } year)
            hit = new Hit(y + 1, new TimeParts { Year = year, Kind = TimeKind.Partial });
        if (hit is not { } h) return null;
        return new Hit(h.End, h.Parts with { Mod = Enum.Parse<TimeMod>(mod.Value!, ignoreCase: true) });
    }

    // «السابع من نوفمبر»، «26 سبتمبر 2023»، «يومي 12 و13 نوفمبر/تشرين الثاني»، «17 سبتمبر الماضي».
    private Hit? TryDays(Scan t, int i)
    {
        var at = i;
        if (Word(t, at, "day-word") is { } dayWord) at = dayWord;
        if (at < t.Count && t[at].Form == "ال") at++; // «الـ 30»: the article with a kashida, apart from the number
        if (Day(t, at) is not { } first) return null;
        var (day, afterDay) = first;
        int? dayEnd = null;
        // «يومي 12 و13»، «أيام 15 و16 و17»، «12-13»، «الأول والثاني»: a list or range of days, first to last.
        while (true)
        {
            if (afterDay + 1 < t.Count && t[afterDay].Form is "و" or "-" or "," && Day(t, afterDay + 1) is { } next && next.Day > (dayEnd ?? day))
                (dayEnd, afterDay) = (next.Day, next.End);
            else if (afterDay < t.Count && t[afterDay].Proclitics is ["و", ..] && Day(t, afterDay) is { } glued && glued.Day > (dayEnd ?? day))
                (dayEnd, afterDay) = (glued.Day, glued.End);
            else break;
        }
        if (afterDay < t.Count && t[afterDay].Form == "من") afterDay++;
        if (afterDay < t.Count && t[afterDay].Form == "شهر") afterDay++;
        // «في 27 من الشهر نفسه»، «في 25 و26 منه»: a day of the month the text just named.
        if (Word(t, afterDay, "same-month") is { } sameMonth && (t[afterDay].Form != "منه" || t[afterDay - 1].Kind == TokenKind.Number || dayEnd is not null))
            return new Hit(sameMonth, new TimeParts { Day = day, DayEnd = dayEnd, SameMonth = true, Kind = dayEnd is null ? TimeKind.Absolute : TimeKind.Range });
        if (MonthWithPair(t, afterDay) is not { } monthHit) return null;
        var (month, end) = monthHit;
        if (!IsDate(2000, month, day) || dayEnd is { } de && !IsDate(2000, month, de)) return null;
        var (year, yearOffset, afterYear) = YearAfterMonth(t, end);
        end = afterYear;
        var direction = Direction(t, end, ref end);
        return new Hit(end, new TimeParts { Year = year, YearOffset = yearOffset, Month = month, Day = day, DayEnd = dayEnd, Direction = direction, Kind = dayEnd is null ? TimeKind.Absolute : TimeKind.Range });
    }

    // «نوفمبر 2018»، «يونيو/ حزيران 2016»، «فبراير 2020».
    private Hit? TryMonthYear(Scan t, int i)
    {
        if (MonthWithPair(t, i) is not { } monthHit) return null;
        var (year, yearOffset, afterYear) = YearAfterMonth(t, monthHit.End);
        var month = monthHit.Month;
        return year is null && yearOffset is null ? null : new Hit(afterYear, new TimeParts { Year = year, YearOffset = yearOffset, Month = month, Kind = TimeKind.Partial });
    }

    // «عام 2019»، «العام 2019»، «عامي 2019 و2020»، «في 2019»، «منذ 2011».
    private Hit? TryYears(Scan t, int i)
    {
        var plural = Word(t, i, "years-word");
        var worded = plural ?? Word(t, i, "year-word") ?? (IsPeriodWord(t, i, PeriodUnit.Year) ? i + 1 : null);
        var at = worded ?? Lead(t, i) ?? i;
        if (YearNumber(t, at, worded is null ? 1900 : 1000) is not { } year) return null;
        if (TryYearSpan(t, at) is { } span) return span; // «في 2015-2016»
        var end = at + 1;
        if (Word(t, end, "gregorian-mark") is { } mark) end = mark;
        // A number alone is a year only when marked («1973م»), led («في 2019»), or standing where no count would:
        // before punctuation, a function word or the end («مونديال 2018،»), not before what it counts («2000 سهم»).
        if (at == i && end == at + 1 && (year > 2035 || !StandsAlone(t, end))) return null;
        if (plural is not null && end + 1 < t.Count && t[end].Form == "و" && YearNumber(t, end + 1) is { } last && last > year)
            return new Hit(end + 2, new TimeParts { Year = year, YearEnd = last, Kind = TimeKind.Range });
        return new Hit(end, new TimeParts { Year = year, Kind = TimeKind.Partial });
    }

    private bool StandsAlone(Scan t, int i) =>
        i >= t.Count || t[i].Kind == TokenKind.Punctuation || t[i].IsWord && _functionWords.Contains(t[i].Form) || t.Months(i) is not null;

    private readonly FrozenSet<string> _functionWords = LanguageData.Read("ar/function-words.tsv").Select(r => ArabicNormalizer.Normalize(r["form"])).ToFrozenSet(StringComparer.Ordinal);

    // «قبل يومين»، «بعد ثلاثة أسابيع»، «منذ 15 عاما»، «لمدة أسبوع»، «منذ سنوات»، «خلال نحو شهرين»، «لثلاث سنوات»، «ثمانية أيام».
    private Hit? TryCounted(Scan t, int i)
    {
        if (t.Words(i) is not { } w || w.Value["relation"] is not { } relation)
        {
            // A count and its unit with no relation word, or with «لـ» glued on, is a length of time.
            if (Count(t, i) is not { } bare || t.Units(bare.End) is not { Proclitics.Length: 0 } u || Follows(t, u.End)) return null;
            // «(42 عاما)»، «يبلغ من العمر 17 عاما»: a bare count of years is an age far more often than a length of time.
            if (u.Value.Unit is PeriodUnit.Year or PeriodUnit.Hour && t[i].Proclitics.Count == 0) return null;
            if (YearNumber(t, i) is not null) return null; // «دورة 2017 أيام 15 و16»: a year, then days
            return new Hit(u.End, new TimeParts { Unit = u.Value.Unit, Count = bare.Value, Kind = TimeKind.Duration, IsDuration = true });
        }
        var at = w.End;
        if (Word(t, at, "approx") is { } approx) at = approx;
        int? count = null;
        var vague = false;
        if (Word(t, at, "vague-count") is { } v) { vague = true; at = v; }
        else if (Count(t, at) is { } c) { count = c.Value; at = c.End; }
        if (t.Units(at) is not { } unit || unit.Proclitics.Length > 0 || Follows(t, unit.End)) return null;
        var end = unit.End;
        // «منذ عام 2017»، «قبل يوم الأحد»: the unit word leads a date, it counts nothing.
        if (count is null && !vague && end < t.Count && (YearNumber(t, end, 1000) is not null || t.Weekdays(end) is not null || Day(t, end) is not null)) return null;
        // «قبل يوم الإضراب»: a unit before a definite noun is «the day of», no count.
        if (count is null && !vague && unit.Value.Count == 1 && end < t.Count && t[end].Proclitics is [.., "ال"]) return null;
        count ??= vague ? null : unit.Value.Count; // «منذ سنوات»: a plural with no number leaves the count unsaid
        var parts = new TimeParts { Unit = unit.Value.Unit, Count = count };
        // «بعد أسبوع من زيارة أوباما»، «قبل يومين على القمة»: counted from another event, not from the day of writing.
        if (relation.Value is "ago" or "later" && count is not null && end + 1 < t.Count && CountedFrom.Contains(t[end].Form) && t[end + 1].Form != "الان")
            return new Hit(end, parts with { Kind = TimeKind.Anaphoric });
        return relation.Value switch
        {
            "ago" or "later" when count is null => new Hit(end, parts with { Kind = TimeKind.Duration, IsDuration = true }), // «قبل سنوات»: years, unsaid
            "ago" or "later" when unit.Value.Unit != PeriodUnit.Hour => new Hit(end, parts with
            {
                Kind = TimeKind.RelativePeriod, Counted = true,
                Offset = count is { } n ? (relation.Value == "ago" ? -n : n) : null,
                Direction = relation.Value == "ago" ? TimeDirection.Past : TimeDirection.Next,
            }),
            "since" or "for" => new Hit(end, parts with { Kind = TimeKind.Duration, IsDuration = true }),
            _ => null,
        };
    }

    // «من»، «على» after a count of time: counted from the event named next (in match form).
    private static readonly FrozenSet<string> CountedFrom = new[] { "من", "على" }.Select(ArabicNormalizer.Normalize).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What follows a unit makes it no count: a month name («شهر رمضان»، «خلال شهر يوليو») or a time of day («خلال ساعات الصباح»).</summary>
    private bool Follows(Scan t, int i) =>
        t.Months(i) is not null || t.HijriMonths(i) is not null || i < t.Count && t[i].Proclitics is [.., "ال"] && Word(t, i, "part-of-day") is not null
        || i < t.Count && t[i].Form is "الصباح" or "المساء" or "الليل" or "الفجر" or "الظهر";

    // «في اليوم التالي»، «ذلك العام»، «آنذاك»: a time the text named elsewhere.
    private Hit? TryAnaphoric(Scan t, int i) =>
        t.Words(i) is { } w && w.Value.Has("anaphoric") ? new Hit(w.End, new TimeParts { Kind = TimeKind.Anaphoric }) : null;

    // «أمس»، «أمس الأحد»، «أول أمس»، «اليوم»، «مساء أمس»، «يوم غد».
    private Hit? TryRelativeDay(Scan t, int i)
    {
        var at = i;
        // «اليوم» is itself a relative day, not «يوم» with the article before one.
        if (t.RelativeDays(at) is null)
        {
            if (Word(t, at, "part-of-day") is { } pd) at = pd;
            else if (Word(t, at, "day-word") is { } dw) at = dw;
        }
        if (t.RelativeDays(at) is not { } rel || Word(t, rel.End, "day-name") is not null) return null; // «اليوم الوطني» is a named day
        var end = rel.End;
        DayOfWeek? weekday = null;
        if (t.Weekdays(end) is { } wd)
        {
            weekday = wd.Value;
            end = wd.End;
        }
        else if (end + 2 < t.Count && t[end].Form == "(" && t.Weekdays(end + 1) is { } inBrackets && inBrackets.End < t.Count && t[inBrackets.End].Form == ")")
        {
            weekday = inBrackets.Value; // «أمس (الاثنين)»
            end = inBrackets.End + 1;
        }
        return new Hit(end, new TimeParts { Offset = rel.Value, Unit = PeriodUnit.Day, Weekday = weekday, Kind = TimeKind.RelativeDay });
    }

    // «الخميس»، «مساء الخميس»، «يوم الأحد»، «الخميس المقبل».
    private Hit? TryWeekday(Scan t, int i)
    {
        var at = i;
        if (Word(t, at, "day-word") is { } dw) at = dw;
        if (Word(t, at, "part-of-day") is { } pd) at = pd;
        if (t.Weekdays(at) is not { } wd || at == i && MeansOneOf(t, at, wd.Value) || calendar.MeansTheTwo(t.Tokens, at)) return null; // «اللاعبين الاثنين»: the two
        var end = wd.End;
        var direction = Direction(t, end, ref end);
        return new Hit(end, new TimeParts { Weekday = wd.Value, Direction = direction, Kind = TimeKind.Weekday });
    }

    /// <summary>«الأحد منهم»، «أحد من»: «الأحد» as «any one of», not Sunday.</summary>
    private static bool MeansOneOf(Scan t, int i, DayOfWeek day) =>
        day == DayOfWeek.Sunday && i + 1 < t.Count && t[i + 1].Form is "من" or "منهم" or "منهما" or "منهن" or "منكم" or "منا";

    // «الشهر الماضي»، «الأسبوع المقبل»، «العام الجاري»، «هذا العام»; after a mod, «الشهر» alone is the current one.
    private Hit? TryPeriod(Scan t, int i, bool bareIsCurrent = false)
    {
        var at = i;
        var demonstrative = Word(t, at, "this") is { } d && Period(t, d) is not null;
        if (demonstrative) at = Word(t, at, "this")!.Value;
        if (Period(t, at) is not var (unit, end)) return null;
        var direction = demonstrative ? TimeDirection.Current : Direction(t, end, ref end);
        if (direction == TimeDirection.None && bareIsCurrent) direction = TimeDirection.Current;
        if (direction == TimeDirection.None) return null;
        var offset = direction switch { TimeDirection.Past => -1, TimeDirection.Next => 1, _ => 0 };
        return new Hit(end, new TimeParts { Offset = offset, Unit = unit, Direction = direction, Kind = TimeKind.RelativePeriod });
    }

    private (PeriodUnit Unit, int End)? Period(Scan t, int i) =>
        t.Words(i) is { } w && w.Value["period"] is { } p ? (Enum.Parse<PeriodUnit>(p.Value!, ignoreCase: true), w.End) : null;

    private bool IsPeriodWord(Scan t, int i, PeriodUnit unit) => Period(t, i) is { } p && p.Unit == unit;

    // «في سبتمبر»، «بحزيران»، «أغسطس الماضي»: a bare month needs a lead word or a direction,
    // since some month names are also common words (مارس «practised»).
    private Hit? TryMonth(Scan t, int i) => TryMonth(t, i, led: false);

    private Hit? TryMonth(Scan t, int i, bool led)
    {
        if (MonthWithPair(t, i) is not { } monthHit) return null;
        var (month, end) = monthHit;
        var direction = Direction(t, end, ref end);
        // A «بـ» glued on leads a month («بحزيران»), unless the name is also a word («باب» is a door, not ب+آب).
        led = led || i > 0 && Lead(t, i - 1) == i
            || t.Months(i) is { Proclitics.Length: > 0 } m && m.Proclitics.EndsWith('ب') && !calendar.IsAmbiguous(t[i].Form[m.CutAt..]);
        if (!led && direction == TimeDirection.None) return null;
        return new Hit(end, new TimeParts { Month = month, Direction = direction, Kind = TimeKind.Partial });
    }

    /// <summary>The token after a word that leads a month or year («في»، «منذ»، «مطلع»), or null.</summary>
    private int? Lead(Scan t, int i) =>
        t.Words(i) is { } w && (w.Value.Has("month-lead") || w.Value.Has("mod")) ? w.End : null;

    private (int Month, int End)? MonthWithPair(Scan t, int i)
    {
        if (t.Months(i) is not { } month) return null;
        var end = month.End;
        // A paired name in the other series: «نوفمبر/تشرين الثاني»، «حزيران / يونيو»، «نوفمبر (تشرين الثاني)»، «ديسمبر كانون الأول».
        if (end + 1 < t.Count && t[end].Form is "/" or "-" or "(" && t.Months(end + 1) is { } pair)
        {
            end = pair.End;
            if (end < t.Count && t[end].Form == ")") end++;
        }
        else if (t.Months(end) is { Proclitics.Length: 0 } beside && beside.Value == month.Value) end = beside.End;
        return (month.Value, end);
    }

    private (int Day, int End)? Day(Scan t, int i)
    {
        if (i >= t.Count) return null;
        if (t[i].Kind == TokenKind.Number && t[i].Form.Length <= 2 && Int(t[i]) is >= 1 and <= 31 and var d) return (d, i + 1);
        return t.Ordinals(i) is { } ord ? (ord.Value, ord.End) : null;
    }

    /// <summary>A count before a unit: digits («15 عاما») or number words («ثلاثة أيام»).</summary>
    private (int Value, int End)? Count(Scan t, int i)
    {
        if (i >= t.Count) return null;
        if (t[i].Kind == TokenKind.Number) return Int(t[i]) is > 0 and var n ? (n, i + 1) : null;
        return _numbers.CardinalAt(t.Tokens, i) is { } c && c.Value is >= 1 and <= 1000 && c.Value == Math.Floor(c.Value) ? ((int)c.Value, c.End) : null;
    }

    /// <summary>
    /// The year after a month: «نوفمبر 2018»، «4 أكتوبر، عام 1963»، «7 فبراير من العام 2013»، «1973م»; or the year
    /// relative to the anchor: «يونيو من العام الماضي» (offset −1).
    /// </summary>
    private (int? Year, int? Offset, int End) YearAfterMonth(Scan t, int i)
    {
        var at = i;
        if (at < t.Count && t[at].Form is "," or "من") at++;
        var worded = Word(t, at, "year-word") ?? (IsPeriodWord(t, at, PeriodUnit.Year) ? at + 1 : null);
        if (worded is { } w) at = w;
        if (YearNumber(t, at, worded is null ? 1900 : 1000) is { } y)
        {
            var end = at + 1;
            if (Word(t, end, "gregorian-mark") is { } mark) end = mark;
            return (y, null, end);
        }
        if (i < t.Count && t[i].Form == "من" && TryPeriod(t, i + 1) is { Parts: { Unit: PeriodUnit.Year, Offset: { } offset } } period)
            return (null, offset, period.End);
        return (null, null, i);
    }

    private static int? YearNumber(Scan t, int i, int from = 1900) =>
        i < t.Count && t[i].Kind == TokenKind.Number && t[i].Form.Length == 4 && Int(t[i]) is var y && y >= from && y <= 2100 ? y : null;

    private TimeDirection Direction(Scan t, int i, ref int end)
    {
        if (t.Words(i) is not { } w || w.Value["direction"] is not { } d) return TimeDirection.None;
        end = w.End;
        return Enum.Parse<TimeDirection>(d.Value!, ignoreCase: true);
    }

    /// <summary>
    /// The tense of the clause before an expression, from the nearest cue within a few words back to
    /// the last punctuation: future when a verb carries «سـ» or a future word stands there («سوف»،
    /// «من المقرر»), past after «كان»، «سبق»; else none.
    /// </summary>
    private Tense TenseBefore(Scan t, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - TenseWindow; k--)
        {
            if (t[k].Kind == TokenKind.Punctuation) break;
            if (t[k].Kind != TokenKind.Word) continue;
            if (t[k].Proclitics.Contains("س")) return Tense.Future;
            if (t.Words(k) is { } w && w.Value.Has("future")) return Tense.Future;
            if (t.Words(k) is { } p && p.Value.Has("past")) return Tense.Past;
        }
        return Tense.None;
    }

    /// <summary>The token after a time word of <paramref name="role"/> at <paramref name="i"/>, or null.</summary>
    private int? Word(Scan t, int i, string role) =>
        t.Words(i) is { } w && w.Value.Has(role) ? w.End : null;

    private static int Int(Token t) => int.TryParse(t.Form, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;

    private static bool IsDate(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    /// <summary>
    /// The tokens of one text, with each word list's match at each token computed once: the
    /// recognizers ask the same questions of the same tokens many times over.
    /// </summary>
    private sealed class Scan(IReadOnlyList<Token> tokens, ArabicCalendar calendar)
    {
        private readonly Memo<TimeWords> _words = new(calendar.Words, tokens);
        private readonly Memo<int> _months = new(calendar.Months, tokens);
        private readonly Memo<int> _hijriMonths = new(calendar.HijriMonths, tokens);
        private readonly Memo<DayOfWeek> _weekdays = new(calendar.Weekdays, tokens);
        private readonly Memo<int> _ordinals = new(calendar.Ordinals, tokens);
        private readonly Memo<int> _relativeDays = new(calendar.RelativeDays, tokens);
        private readonly Memo<TimeUnitWord> _units = new(calendar.Units, tokens);

        public IReadOnlyList<Token> Tokens => tokens;
        public int Count => tokens.Count;
        public Token this[int i] => tokens[i];
        public PhraseMatch<TimeWords>? Words(int i) => _words[i];
        public PhraseMatch<int>? Months(int i) => _months[i];
        public PhraseMatch<int>? HijriMonths(int i) => _hijriMonths[i];
        public PhraseMatch<DayOfWeek>? Weekdays(int i) => _weekdays[i];
        public PhraseMatch<int>? Ordinals(int i) => _ordinals[i];
        public PhraseMatch<int>? RelativeDays(int i) => _relativeDays[i];
        public PhraseMatch<TimeUnitWord>? Units(int i) => _units[i];
    }

    /// <summary>One word list's match at each token, looked up on first asking.</summary>
    private sealed class Memo<T>(PhraseMatcher<T> matcher, IReadOnlyList<Token> tokens)
    {
        private readonly Dictionary<int, PhraseMatch<T>?> _seen = [];

        public PhraseMatch<T>? this[int i]
        {
            get
            {
                if (i < 0 || i >= tokens.Count) return null;
                if (!_seen.TryGetValue(i, out var match)) _seen[i] = match = matcher.Match(tokens, i);
                return match;
            }
        }
    }
}
