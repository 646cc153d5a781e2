using System.Globalization;
using Rasd.Analysis.Entities;
using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Fusion;

/// <summary>Which events a timeline shows: those involving any of the entities, overlapping the dates, of the types (all but statements when none is given).</summary>
public sealed record TimelineFilter
{
    public IReadOnlyList<string> Entities { get; init; } = [];

    public DateValue? From { get; init; }

    public DateValue? To { get; init; }

    public IReadOnlyList<EventType> Types { get; init; } = [];

    /// <summary>Reads 2018, 2018-11 or 2018-11-07 as a date of that precision.</summary>
    public static DateValue ParseDate(string text)
    {
        var parts = text.Split('-');
        var numbers = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1).ToArray();
        try
        {
            return numbers switch
            {
                [var y] when y > 0 => DateValue.Year(y),
                [var y, var m] when y > 0 && m > 0 => DateValue.Month(y, m),
                [var y, var m, var d] when y > 0 && m > 0 && d > 0 => DateValue.Day(new DateOnly(y, m, d)),
                _ => throw new FormatException(),
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException)
        {
            throw new FormatException($"'{text}' is not a date: write 2018, 2018-11 or 2018-11-07.");
        }
    }
}

public static class Timeline
{
    public static IReadOnlyList<Event> Apply(IEnumerable<Event> events, IReadOnlyList<Entity> entities, TimelineFilter filter)
    {
        var wanted = filter.Entities.Count == 0 ? null : filter.Entities.SelectMany(q => Matching(entities, q)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return [.. events.Where(e =>
            (wanted is null || e.Actors.Concat(e.Counterparts).Append(e.Place).Any(p => p is not null && wanted.Contains(p)))
            && (filter.Types.Count == 0 ? e.Type != EventType.Statement : filter.Types.Contains(e.Type)) // statements when asked for: one comes with nearly every article
            && (filter.From is null || e.Date is { } d1 && d1.End >= filter.From.Start)
            && (filter.To is null || e.Date is { } d2 && d2.Start <= filter.To.End))];
    }

    /// <summary>
    /// Entities a user's query names: by id, by any Arabic name or alias in match form, by a spelling
    /// the knowledge base knows even if no article used it (شويجو finds شويغو), or by part of the Latin name.
    /// </summary>
    public static IEnumerable<Entity> Matching(IReadOnlyList<Entity> entities, string query)
    {
        var trimmed = query.Trim();
        var normalized = ArabicNormalizer.Normalize(trimmed);
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(trimmed));
        var known = KnowledgeBase.Default.Aliases.Match(tokens, 0) is { } m && m.End == tokens.Length ? m.Value.Id : null;
        return entities.Where(e =>
            e.Id.Equals(trimmed, StringComparison.OrdinalIgnoreCase) || e.Id == known
            || e.NameLatin is { } latin && latin.Contains(trimmed, StringComparison.OrdinalIgnoreCase)
            || e.Aliases.Append(e.Name).Any(a => ArabicNormalizer.Normalize(a) == normalized));
    }

    private const int QuoteOpeningWords = 12;

    // The first words of what was said, as written: a timeline line stays short.
    private static string Opening(string? quote)
    {
        var words = (quote ?? "").ReplaceLineEndings(" ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= QuoteOpeningWords ? string.Join(' ', words) : string.Join(' ', words.Take(QuoteOpeningWords)) + " …";
    }

    /// <summary>One short Arabic line from the event's structure: «زيارة خليفة حفتر إلى موسكو».</summary>
    public static string Summary(Event e, Func<string, string> nameOf)
    {
        var actors = string.Join(" و", e.Actors.Select(nameOf).Concat(e.ActorGroups));
        var counterparts = string.Join(" و", e.Counterparts.Select(nameOf).Concat(e.Groups));
        var place = e.Place is null ? "" : (e.Type is EventType.Visit ? " إلى " : " في ") + nameOf(e.Place);
        var line = e.Type switch
        {
            EventType.Visit => $"زيارة {actors}{place}",
            EventType.Call => counterparts.Length == 0 ? $"اتصال هاتفي أجراه {actors}" : $"اتصال هاتفي بين {actors} و{counterparts}",
            EventType.Agreement => $"اتفاق بين {actors}{(counterparts.Length == 0 ? "" : " و" + counterparts)}",
            EventType.Request => counterparts.Length == 0 ? $"طلب من {actors}" : $"طلب {actors} من {counterparts}",
            EventType.Support => counterparts.Length == 0 ? $"دعم من {actors}" : $"دعم {actors} لـ{counterparts}",
            EventType.Accuse => counterparts.Length == 0 ? $"اتهامات من {actors}" : $"اتهام {actors} لـ{counterparts}",
            EventType.Threaten => counterparts.Length == 0 ? $"تهديد من {actors}" : $"تهديد {actors} لـ{counterparts}",
            EventType.Deploy => $"نشر {actors} قوات{place}",
            EventType.Statement => $"تصريح {actors}: «{Opening(e.Mentions.FirstOrDefault()?.QuoteText)}»",
            _ => counterparts.Length == 0 ? $"لقاء {actors}{place}" : $"لقاء {actors} مع {counterparts}{place}",
        };
        return e.Negated ? $"لم يحدث: {line}" : line;
    }
}
