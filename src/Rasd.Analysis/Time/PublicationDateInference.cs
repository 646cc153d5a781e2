using Rasd.Core.Model;
using Rasd.Core.Pipeline;

namespace Rasd.Analysis.Time;

/// <summary>
/// A date for a document that states none, inferred the way a reader would: it was written no
/// earlier than the latest full date it reports, and on the weekday its relative words imply
/// («أمس الأحد» is written on a Monday). Marked <see cref="DateSource.Inferred"/>, with a confidence
/// and the basis of the guess; a document with no dated report gets none.
/// </summary>
public static class PublicationDateInference
{
    // A report is seldom written long after the latest day it names: beyond this the weekday is no guide.
    private const int MaxDaysAfterLatest = 7;

    public static PublishedDate Infer(AnalyzedDocument doc)
    {
        var reported = Reported(doc);
        // The finest precision decides: the latest day reported, else the latest month, else the latest year.
        var latest = reported.Where(v => v.Precision == DatePrecision.Day).MaxBy(v => v.End)
            ?? reported.Where(v => v.Precision == DatePrecision.Month).MaxBy(v => v.End)
            ?? reported.MaxBy(v => v.End);
        if (latest is null) return PublishedDate.Unknown;
        if (latest.Precision != DatePrecision.Day)
        {
            var coarse = latest.Precision == DatePrecision.Month ? DateValue.Month(latest.End.Year, latest.End.Month) : DateValue.Year(latest.End.Year);
            return new PublishedDate(coarse, DateSource.Inferred) { Confidence = 0.3, Basis = $"latest date reported: {latest.Value}" };
        }
        var day = latest.End;
        var writingDays = WritingWeekdays(doc);
        if (writingDays.Count == 1)
        {
            var weekday = writingDays.Single();
            for (var k = 0; k <= MaxDaysAfterLatest; k++)
                if (day.AddDays(k).DayOfWeek == weekday)
                    return new PublishedDate(DateValue.Day(day.AddDays(k)), DateSource.Inferred)
                    { Confidence = 0.7, Basis = $"latest date reported ({latest.Value}) and the weekday its relative words imply ({weekday})" };
        }
        return new PublishedDate(DateValue.Day(day), DateSource.Inferred) { Confidence = 0.5, Basis = $"latest date reported: {latest.Value}" };
    }

    /// <summary>
    /// The dates the text gives without a day of writing: full dates, and year-less days placed by a
    /// full date before them — not plans (a future verb, «المقبل»), which may lie after the writing.
    /// </summary>
    private static List<DateValue> Reported(AnalyzedDocument doc)
    {
        var values = new List<DateValue>();
        DateValue? context = null;
        foreach (var e in doc.TimeExpressions)
        {
            var r = TimeResolver.Resolve(e, null, context);
            if (e.Parts.IsAbsolute && r.Value is { Precision: DatePrecision.Day }) context = r.Value;
            if (r.Value is not { } value || e.Parts.Tense == Tense.Future || e.Parts.Direction == TimeDirection.Next) continue;
            values.Add(value);
        }
        return values;
    }

    /// <summary>
    /// The metadata's day, or the day before or after it when the text's own words put its writing
    /// there: a feed stamps «2015-08-06 01:43» on a report that says «الصحف الصادرة اليوم (الأربعاء)»,
    /// written on Wednesday the 5th in another time zone. «أمس» then counts from the writer's day.
    /// </summary>
    public static PublishedDate Reconcile(PublishedDate given, AnalyzedDocument doc)
    {
        if (given.Date is not { Precision: DatePrecision.Day } date || WritingWeekdays(doc) is not { Count: 1 } days) return given;
        var weekday = days.Single();
        if (date.Start.DayOfWeek == weekday) return given;
        foreach (var shift in (int[])[-1, 1])
            if (date.Start.AddDays(shift) is var day && day.DayOfWeek == weekday)
                return new PublishedDate(DateValue.Day(day), given.How)
                { Confidence = given.Confidence, Basis = $"given as {date.Value}; its relative words put the writing on a {weekday}" };
        return given;
    }

    /// <summary>The weekdays of writing that «أمس الأحد»، «اليوم الخميس»، «غدا الجمعة» imply.</summary>
    private static HashSet<DayOfWeek> WritingWeekdays(AnalyzedDocument doc)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var e in doc.TimeExpressions)
            if (e.Parts is { Kind: TimeKind.RelativeDay, Weekday: { } named, Offset: { } offset })
                days.Add((DayOfWeek)((((int)named - offset) % 7 + 7) % 7));
        return days;
    }
}
