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

    /// <param name="publication">The document's publication day, if known.</param>
    /// <param name="context">The latest fully dated expression before this one in the same text, if any.</param>
    public static TimeExpression Resolve(TimeExpression expression, DateOnly? publication, DateValue? context)
    {
        var p = expression.Parts;
        if (p.Year is { } year)
            return expression with { Value = Absolute(p, year), Anchor = "absolute" };
        if (p.Offset is not null || p.Weekday is not null)
        {
            return publication is { } pub
                ? expression with { Value = RelativeToWriting(p, pub), Anchor = "publication" }
                : expression with { Unresolved = NoPublicationDate };
        }
        if (p.Month is { } month)
        {
            (DateOnly a, string how) = publication is { } pub ? (pub, "publication")
                : context is { } c ? (c.End, "context")
                : (default, "");
            if (how.Length == 0) return expression with { Unresolved = NoYear };
            var value = p.Day is { } day ? DayInNearestYear(p, month, day, a) : MonthNearest(month, p.Direction, a);
            return value is null ? expression with { Unresolved = "no such day in that month" } : expression with { Value = value, Anchor = how };
        }
        return expression with { Unresolved = "nothing to place on the calendar" };
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

    private static DateValue RelativeToWriting(TimeParts p, DateOnly pub)
    {
        if (p.Offset is { } offset)
        {
            return p.Unit switch
            {
                PeriodUnit.Day => DateValue.Day(pub.AddDays(offset)),
                PeriodUnit.Week => WeekOf(pub.AddDays(7 * offset)),
                PeriodUnit.Month => DateValue.Month(pub.AddMonths(offset).Year, pub.AddMonths(offset).Month),
                _ => DateValue.Year(pub.Year + offset),
            };
        }
        var weekday = p.Weekday!.Value;
        var back = ((int)pub.DayOfWeek - (int)weekday + 7) % 7;
        var day = p.Direction == TimeDirection.Next ? pub.AddDays(back == 0 ? 7 : 7 - back) : pub.AddDays(-back);
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
        DateOnly? chosen = p.Direction switch
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
