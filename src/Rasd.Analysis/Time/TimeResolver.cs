using Rasd.Core.Model;

namespace Rasd.Analysis.Time;

/// <summary>
/// Places time expressions on the calendar the way a careful news reader does. Words relative to
/// the day of writing (أمس، الخميس، الشهر الماضي) need the publication date; a day and month
/// without a year may take it from the publication date or from an earlier dated sentence.
/// Without the anchor it needs, an expression keeps its span and the reason, never a guess.
/// </summary>
public static class TimeResolver
{
    public const string NoPublicationDate = "relative to the day of writing, and the document has no publication date";
    public const string NoYear = "no year written, and no publication date or earlier date in the text to take it from";

    public const string Anaphoric = "names a time given elsewhere in the text (اليوم التالي، آنذاك)";
    public const string UnsaidCount = "a count of time left unsaid (قبل سنوات)";

    /// <param name="publication">The document's publication day, if known.</param>
    /// <param name="context">The latest fully dated expression before this one in the same text, if any.</param>
    /// <param name="inferred">The publication date was inferred, not written: an earlier date in the text is the better anchor for a year, and what is anchored on it says so.</param>
    /// <param name="latest">The latest value of day or month precision resolved before this one, whatever its anchor: the month «الشهر نفسه» means.</param>
    public static TimeExpression Resolve(TimeExpression expression, DateOnly? publication, DateValue? context, bool inferred = false, DateValue? latest = null)
    {
        var anchor = inferred ? "inferred" : "publication";
        if (expression.Parts is { SameMonth: true, Day: { } sameDay } same)
        {
            if (latest is not { Precision: DatePrecision.Day or DatePrecision.Month } month) return expression with { Unresolved = "a day of a month the text has not named" };
            var (y, m) = (month.End.Year, month.End.Month);
            var last = same.DayEnd ?? sameDay;
            if (last > DateTime.DaysInMonth(y, m)) return expression with { Unresolved = "no such day in that month" };
            return expression with { Value = DateValue.Days(new DateOnly(y, m, sameDay), new DateOnly(y, m, last)), Anchor = "context" };
        }
        var p = expression.Parts;
        if (p.Kind == TimeKind.Anaphoric) return expression with { Unresolved = Anaphoric };
        if (p.IsDuration) return expression with { Duration = IsoDuration(p), Anchor = "duration" };
        if (p.Until is { } until)
        {
            // The far end first, with the range's tense; a near end with no year written takes the far end's year.
            var to = Place(until with { Tense = p.Tense, Direction = until.Direction == TimeDirection.None ? p.Direction : until.Direction }, publication, context, anchor);
            if (to.Value is not { } b) return expression with { Unresolved = to.Unresolved };
            var start = p with { Until = null };
            if (start.Year is null && start.YearOffset is null && start.Month is not null)
            {
                var year = b.End.Year;
                if (start.Day is { } sd && sd <= DateTime.DaysInMonth(year, start.Month.Value) && new DateOnly(year, start.Month.Value, sd) > b.End
                    || start.Day is null && start.Month > b.End.Month) year--;
                start = start with { Year = year };
            }
            var from = Place(start, publication, context, anchor);
            if (from.Value is not { } a) return expression with { Unresolved = from.Unresolved };
            if (b.End < a.Start) return expression with { Unresolved = "a range that ends before it starts" };
            return expression with { Value = new DateValue(a.Start, b.End, (DatePrecision)Math.Max((int)a.Precision, (int)b.Precision)), Anchor = from.Anchor };
        }
        var placed = Place(p, publication, context, anchor);
        return expression with { Value = placed.Value, Anchor = placed.Anchor, Unresolved = placed.Unresolved };
    }

    private readonly record struct Placed(DateValue? Value, string? Anchor, string? Unresolved);

    private static Placed Place(TimeParts p, DateOnly? publication, DateValue? context, string anchor)
    {
        if (p.Year is { } year) return p.Day is { } d && p.Month is { } mo && d > DateTime.DaysInMonth(year, mo) ? new(null, null, "no such day in that month") : new(Absolute(p, year), "absolute", null);
        if (p.YearOffset is { } yearOffset)
            return publication is { } writing ? Place(p with { Year = writing.Year + yearOffset, YearOffset = null }, publication, context, anchor) with { Anchor = anchor }
                : new(null, null, NoPublicationDate);
        if (p.HijriMonth is { } hijriMonth)
        {
            DateOnly? on = publication ?? context?.End;
            if (on is not { } a) return new(null, null, NoYear);
            return HijriNearest(hijriMonth, p.HijriDay, DirectionOf(p), a) is { } h ? new(h, publication is null ? "context" : anchor, null) : new(null, null, "no such day in that Hijri month");
        }
        if (p.Counted && p.Offset is null) return new(null, null, UnsaidCount);
        if (p.Offset is not null || p.Weekday is not null)
            return publication is not { } pub ? new(null, null, NoPublicationDate)
                : OffsetFits(p, pub) ? new(RelativeToWriting(p, pub), anchor, null)
                : new(null, null, OutOfCalendar);
        if (p.Month is { } month)
        {
            (DateOnly a, string how) = publication is { } pub && (anchor == "publication" || context is null) ? (pub, anchor)
                : context is { } c ? (c.End, "context")
                : (default, "");
            if (how.Length == 0) return new(null, null, NoYear);
            var value = p.Day is { } day ? DayInNearestYear(p, month, day, a) : MonthNearest(month, DirectionOf(p), a);
            return value is null ? new(null, null, "no such day in that month") : new(value, how, null);
        }
        return new(null, null, "nothing to place on the calendar");
    }

    /// <summary>The written direction, or the tense's where none is written: «سيصل الخميس» looks forward, «كان قبل 30 حزيران» back.</summary>
    private static TimeDirection DirectionOf(TimeParts p) =>
        p.Direction != TimeDirection.None ? p.Direction : p.Tense switch { Tense.Future => TimeDirection.Next, Tense.Past => TimeDirection.Past, _ => TimeDirection.None };

    /// <summary>A Hijri month (or a day of it) in the Hijri year of the anchor or the one before or after, by direction as for Gregorian months.</summary>
    private static DateValue? HijriNearest(int month, int? day, TimeDirection direction, DateOnly anchor)
    {
        var hy = Rasd.Arabic.ArabicCalendar.HijriYearOf(anchor);
        var candidates = new List<DateValue>();
        foreach (var y in new[] { hy - 1, hy, hy + 1 })
        {
            if (day is { } d) { if (Rasd.Arabic.ArabicCalendar.FromHijri(y, month, d) is { } g) candidates.Add(DateValue.Day(g)); }
            else if (Rasd.Arabic.ArabicCalendar.HijriMonthSpan(y, month) is var (f, l)) candidates.Add(DateValue.Days(f, l));
        }
        return direction switch
        {
            TimeDirection.Past => candidates.LastOrDefault(c => c.End < anchor || day is not null && c.Start <= anchor),
            TimeDirection.Next => candidates.FirstOrDefault(c => c.Start > anchor || day is not null && c.Start >= anchor),
            TimeDirection.Current => candidates.OrderBy(c => c.DistanceInDays(DateValue.Day(anchor))).FirstOrDefault(), // «شوال الجاري»: this one
            _ => candidates.OrderBy(c => c.DistanceInDays(DateValue.Day(anchor))).ThenBy(c => c.Start > anchor).FirstOrDefault(),
        };
    }

    private static string IsoDuration(TimeParts p)
    {
        var count = p.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "X";
        return p.Unit switch
        {
            PeriodUnit.Hour => $"PT{count}H",
            PeriodUnit.Week => $"P{count}W",
            PeriodUnit.Month => $"P{count}M",
            PeriodUnit.Year => $"P{count}Y",
            _ => $"P{count}D",
        };
    }

    private static DateValue Absolute(TimeParts p, int year)
    {
        if (p.Month is { } month)
        {
            if (p.Day is { } day)
                return DateValue.Days(new DateOnly(year, month, day), p.EndDate ?? new DateOnly(year, month, p.DayEnd ?? day));
            return DateValue.Month(year, month);
        }
        return p.YearEnd is { } last
            ? new DateValue(new DateOnly(year, 1, 1), new DateOnly(last, 12, 31), DatePrecision.Year)
            : DateValue.Year(year);
    }

    /// <summary>Why «قبل 10000 عام» gets no date: a count that far from the day of writing leaves the calendar.</summary>
    public const string OutOfCalendar = "too far from the day of writing to be a date";

    /// <summary>Whether counting <see cref="TimeParts.Offset"/> units from the day of writing stays within the years 1–9999.</summary>
    private static bool OffsetFits(TimeParts p, DateOnly pub)
    {
        if (p.Offset is not { } n) return true;
        var days = p.Unit switch { PeriodUnit.Day or PeriodUnit.Hour => (long)n, PeriodUnit.Week => 7L * n, PeriodUnit.Month => 31L * n, _ => 366L * n };
        var target = (long)pub.DayNumber + days;
        return target > 366 && target < DateOnly.MaxValue.DayNumber - 366;
    }

    private static DateValue RelativeToWriting(TimeParts p, DateOnly pub)
    {
        if (p.Offset is { } count && p.Counted)
        {
            // «قبل ثلاثة أسابيع»: counted back from the day of writing, at the unit's precision (weeks in days).
            return p.Unit switch
            {
                PeriodUnit.Day or PeriodUnit.Week => DateValue.Day(pub.AddDays(count * (p.Unit == PeriodUnit.Week ? 7 : 1))),
                PeriodUnit.Month => DateValue.Month(pub.AddMonths(count).Year, pub.AddMonths(count).Month),
                _ => DateValue.Year(pub.Year + count),
            };
        }
        if (p.Offset is { } offset)
        {
            // «اليوم الثلاثاء» in a text dated Friday: the wire was written on the Tuesday, and the day named is the one meant.
            if (p.Unit == PeriodUnit.Day && p.Weekday is { } named && pub.AddDays(offset) is var said && said.DayOfWeek != named)
            {
                var gap = ((int)said.DayOfWeek - (int)named + 7) % 7;
                return DateValue.Day(offset > 0 ? said.AddDays(7 - gap) : said.AddDays(-gap));
            }
            return p.Unit switch
            {
                PeriodUnit.Day => DateValue.Day(pub.AddDays(offset)),
                PeriodUnit.Week => WeekOf(pub.AddDays(7 * offset)),
                PeriodUnit.Month => DateValue.Month(pub.AddMonths(offset).Year, pub.AddMonths(offset).Month),
                _ => DateValue.Year(pub.Year + offset),
            };
        }
        // A weekday alone is the last one on or before the day of writing; «الماضي» the last one before it;
        // «المقبل» or a future verb the first one after it. The writing day's own name is that day unless
        // «الماضي»/«المقبل» says otherwise: «سيستقبل كيري الاثنين», written on a Monday, is today.
        var weekday = p.Weekday!.Value;
        var back = ((int)pub.DayOfWeek - (int)weekday + 7) % 7;
        var sameWeek = back == 0 && p.Direction == TimeDirection.None ? 0 : 7;
        var day = DirectionOf(p) switch
        {
            TimeDirection.Next => pub.AddDays(back == 0 ? sameWeek : 7 - back),
            TimeDirection.Past => pub.AddDays(back == 0 ? -sameWeek : -back),
            _ => pub.AddDays(-back),
        };
        return DateValue.Day(day);
    }

    // News weeks are written from Sunday to Saturday in most outlets; the range is what matters.
    private static DateValue WeekOf(DateOnly day)
    {
        var start = day.AddDays(-(int)day.DayOfWeek);
        return DateValue.Days(start, start.AddDays(6));
    }

    private static DateValue? DayInNearestYear(TimeParts p, int month, int day, DateOnly anchor)
    {
        var candidates = new List<DateOnly>();
        for (var y = anchor.Year - 1; y <= anchor.Year + 1; y++)
            if (day <= DateTime.DaysInMonth(y, month)) candidates.Add(new DateOnly(y, month, day));
        DateOnly? chosen = DirectionOf(p) switch
        {
            TimeDirection.Past => candidates.Where(d => d <= anchor).Cast<DateOnly?>().LastOrDefault(),
            TimeDirection.Next => candidates.Where(d => d >= anchor).Cast<DateOnly?>().FirstOrDefault(),
            _ => candidates.OrderBy(d => Math.Abs(d.DayNumber - anchor.DayNumber)).ThenBy(d => d > anchor).Cast<DateOnly?>().FirstOrDefault(),
        };
        if (chosen is not { } first) return null;
        var lastDay = p.DayEnd ?? day;
        return lastDay > DateTime.DaysInMonth(first.Year, month) ? null : DateValue.Days(first, new DateOnly(first.Year, month, lastDay));
    }

    private static DateValue MonthNearest(int month, TimeDirection direction, DateOnly anchor)
    {
        var current = anchor.Year * 12 + anchor.Month - 1;
        var candidates = Enumerable.Range(anchor.Year - 1, 3).Select(y => y * 12 + month - 1).ToList();
        var chosen = direction switch
        {
            TimeDirection.Past => candidates.Where(c => c < current).Max(),
            TimeDirection.Next => candidates.Where(c => c > current).Min(),
            _ => candidates.OrderBy(c => Math.Abs(c - current)).ThenBy(c => c > current).First(),
        };
        return DateValue.Month(chosen / 12, chosen % 12 + 1);
    }
}
