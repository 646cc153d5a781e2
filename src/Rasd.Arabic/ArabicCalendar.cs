namespace Rasd.Arabic;

/// <summary>Month names (three regional series), weekdays, ordinal day words and relative-day words, loaded from resources/ar.</summary>
public sealed class ArabicCalendar
{
    public static ArabicCalendar Default { get; } = new();

    private ArabicCalendar()
    {
        foreach (var row in LanguageData.Read("ar/months.tsv")) Months.Add(row["form"], row.Int("month"));
        foreach (var row in LanguageData.Read("ar/weekdays.tsv"))
            Weekdays.Add(row["form"], Enum.Parse<DayOfWeek>(row["day"]));
        foreach (var row in LanguageData.Read("ar/ordinals.tsv")) Ordinals.Add(row["form"], row.Int("value"));
        foreach (var row in LanguageData.Read("ar/relative-days.tsv")) RelativeDays.Add(row["form"], row.Int("offset"));
        foreach (var row in LanguageData.Read("ar/time-words.tsv"))
            Words.Add(row["form"], new TimeWord(row["role"], row.Get("value")));
    }

    /// <summary>Month name → month number (1..12).</summary>
    public PhraseMatcher<int> Months { get; } = new();

    public PhraseMatcher<DayOfWeek> Weekdays { get; } = new();

    /// <summary>Ordinal day word → day of month (السابع → 7).</summary>
    public PhraseMatcher<int> Ordinals { get; } = new();

    /// <summary>Relative day word → offset in days from the day of writing (أمس → -1).</summary>
    public PhraseMatcher<int> RelativeDays { get; } = new();

    /// <summary>Words around dates, by role: direction, part-of-day, year-word, published, ...</summary>
    public PhraseMatcher<TimeWord> Words { get; } = new();
}

/// <summary>A word of <c>time-words.tsv</c>: its role and optional value.</summary>
public sealed record TimeWord(string Role, string? Value);
