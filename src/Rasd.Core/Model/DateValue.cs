using System.Globalization;
using System.Text.Json.Serialization;

namespace Rasd.Core.Model;

public enum DatePrecision { Day, Month, Year }

/// <summary>
/// A calendar date known to some precision, possibly a range: 2018-11-07 (day), 2018-11 (month),
/// 2018-11-12/2018-11-13 (a range of days). <see cref="Start"/> and <see cref="End"/> are the first
/// and last days it may denote, both inclusive.
/// </summary>
public sealed record DateValue(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateValue Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public static DateValue Days(DateOnly first, DateOnly last) => new(first, last, DatePrecision.Day);

    public static DateValue Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    public static DateValue Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>True when the value names one unit at its precision (one day, one month, one year).</summary>
    [JsonIgnore]
    public bool IsSingle => Precision switch
    {
        DatePrecision.Day => Start == End,
        DatePrecision.Month => Start.Day == 1 && End == Start.AddMonths(1).AddDays(-1),
        _ => Start.DayOfYear == 1 && End == new DateOnly(Start.Year, 12, 31),
    };

    /// <summary>ISO 8601 text: a date, month or year, or an interval <c>start/end</c>.</summary>
    public string Value => IsSingle ? Format(Start) : $"{Format(Start)}/{Format(End)}";

    public bool Overlaps(DateValue other) => Start <= other.End && other.Start <= End;

    /// <summary>Days between the two values' nearest ends; 0 when they overlap.</summary>
    public int DistanceInDays(DateValue other) =>
        Overlaps(other) ? 0 : Math.Min(Math.Abs(other.Start.DayNumber - End.DayNumber), Math.Abs(Start.DayNumber - other.End.DayNumber));

    private string Format(DateOnly d) => Precision switch
    {
        DatePrecision.Day => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => d.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public override string ToString() => Value;
}
