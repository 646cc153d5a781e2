using Rasd.Core.Model;

namespace Rasd.Fusion;

/// <summary>
/// Dates documents that give no date of their own from other documents: one that reports an event
/// another, dated document dates to the day was written no earlier than that day — on the day after,
/// when it says the event was «أمس». The latest such event sets the date, marked inferred, with the
/// other report as its basis.
/// </summary>
public static class CrossDocumentDating
{
    private const double NoEarlierThan = 0.4;
    private const double DayOfWriting = 0.6;

    /// <param name="published">Every document's publication date as the analysis found it.</param>
    /// <returns>The inferred date of each undated document that reports a dated event.</returns>
    public static IReadOnlyDictionary<string, PublishedDate> Infer(IEnumerable<Event> events, IReadOnlyDictionary<string, PublishedDate> published)
    {
        var found = new Dictionary<string, (DateOnly Day, bool Exact, string Event, string Other)>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.Negated || e.Date is not { Precision: DatePrecision.Day } date) continue;
            // The date must come from a dated document's own report of the event, not from another inference.
            var dating = e.Mentions.FirstOrDefault(m => m.Date is { Precision: DatePrecision.Day } && m.DatedBy == "event"
                && published.GetValueOrDefault(m.DocId) is { How: not (DateSource.None or DateSource.Inferred) });
            if (dating is null) continue;
            foreach (var group in e.Mentions.GroupBy(m => m.DocId))
            {
                if (published.GetValueOrDefault(group.Key) is not { How: DateSource.None }) continue;
                var before = group.Select(m => m.DaysBeforeWriting).FirstOrDefault(d => d is not null);
                var day = date.End.AddDays(before ?? 0);
                if (!found.TryGetValue(group.Key, out var best) || day > best.Day || day == best.Day && before is not null)
                    found[group.Key] = (day, before is not null, e.Id, dating.DocId);
            }
        }
        return found.ToDictionary(kv => kv.Key, kv => new PublishedDate(DateValue.Day(kv.Value.Day), DateSource.Inferred)
        {
            Confidence = kv.Value.Exact ? DayOfWriting : NoEarlierThan,
            Basis = kv.Value.Exact
                ? $"reports, as so many days before, event {kv.Value.Event}, which document {kv.Value.Other} dates"
                : $"reports event {kv.Value.Event}, which document {kv.Value.Other} dates to {kv.Value.Day:yyyy-MM-dd}: written no earlier",
        }, StringComparer.Ordinal);
    }
}
