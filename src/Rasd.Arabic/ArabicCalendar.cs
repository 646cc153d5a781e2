namespace Rasd.Arabic;

/// <summary>Month names (three regional series), weekdays, ordinal day words and relative-day words, loaded from resources/ar.</summary>
public sealed class ArabicCalendar
{
    public static ArabicCalendar Default { get; } = new();

    private ArabicCalendar()
    {
        foreach (var row in LanguageData.Read("ar/months.tsv"))
        {
            Months.Add(row["form"], row.Int("month"));
            if (row["ambiguous"] == "yes") _ambiguous.Add(ArabicNormalizer.Normalize(row["form"]));
        }
        foreach (var row in LanguageData.Read("ar/hijri-months.tsv"))
        {
            HijriMonths.Add(row["form"], row.Int("month"));
            if (row["ambiguous"] == "yes") _ambiguous.Add(ArabicNormalizer.Normalize(row["form"]));
        }
        foreach (var row in LanguageData.Read("ar/weekdays.tsv"))
            Weekdays.Add(row["form"], Enum.Parse<DayOfWeek>(row["day"]));
        foreach (var row in LanguageData.Read("ar/ordinals.tsv")) Ordinals.Add(row["form"], row.Int("value"));
        foreach (var row in LanguageData.Read("ar/relative-days.tsv")) RelativeDays.Add(row["form"], row.Int("offset"));
        // A form may have several roles, one row each: all of them are kept on its one entry.
        foreach (var group in LanguageData.Read("ar/time-words.tsv").GroupBy(row => row["form"], StringComparer.Ordinal))
            Words.Add(group.Key, new TimeWords([.. group.Select(row => new TimeWord(row["role"], row.Get("value")))]));
        foreach (var row in LanguageData.Read("ar/time-units.tsv"))
            Units.Add(row["form"], new TimeUnitWord(Enum.Parse<Rasd.Core.Model.PeriodUnit>(row["unit"], ignoreCase: true), row["count"] == "many" ? null : row.Int("count")));
    }

    private readonly HashSet<string> _ambiguous = new(StringComparer.Ordinal);
    private static readonly System.Globalization.UmAlQuraCalendar UmAlQura = new();
    private static readonly System.Globalization.HijriCalendar Hijri = new();

    /// <summary>Gregorian month name → month number (1..12).</summary>
    public PhraseMatcher<int> Months { get; } = new();

    /// <summary>Hijri month name → month number (1..12).</summary>
    public PhraseMatcher<int> HijriMonths { get; } = new();

    public enum NameKind { Month, Weekday, HijriMonth }

    /// <summary>A month or weekday name in a text: tokens <c>[First, End)</c>, its kind and number, and where the written name starts in its first token.</summary>
    public readonly record struct Name(int First, int End, NameKind Kind, int Value, int CutAt);

    /// <summary>
    /// Every month name (three Gregorian series and the Hijri months) and weekday name. A name that is
    /// also a common word (مارس، رجب، رمضان) counts only beside a day or year number, another month
    /// name («مارس/آذار»), a lead word («في»، «شهر») or, for a Hijri month, the mark «هـ».
    /// </summary>
    public IReadOnlyList<Name> FindNames(IReadOnlyList<Rasd.Core.Model.Token> tokens)
    {
        var names = new List<Name>();
        for (var i = 0; i < tokens.Count;)
        {
            Name? found = null;
            if (Months.Match(tokens, i) is { } m) found = new Name(i, m.End, NameKind.Month, m.Value, m.CutAt);
            else if (HijriMonths.Match(tokens, i) is { } h) found = new Name(i, h.End, NameKind.HijriMonth, h.Value, h.CutAt);
            else if (Weekdays.Match(tokens, i) is { } w) found = new Name(i, w.End, NameKind.Weekday, (int)w.Value, w.CutAt);
            if (found is { Kind: NameKind.Weekday } && MeansTheTwo(tokens, i)) found = null;
            if (found is { } n && (n.Kind == NameKind.Weekday || !IsAmbiguous(tokens[i].Form[n.CutAt..]) && !IsAmbiguous(StemOf(tokens[i], n.CutAt)) || InDateCompany(tokens, n)))
            {
                names.Add(n);
                i = n.End;
            }
            else i++;
        }
        return names;
    }

    private static string StemOf(Rasd.Core.Model.Token token, int cutAt) => token.Form[cutAt..] is var s && s.StartsWith("ال", StringComparison.Ordinal) ? s[2..] : s;

    private bool InDateCompany(IReadOnlyList<Rasd.Core.Model.Token> t, Name n)
    {
        bool IsNumber(int k) => k >= 0 && k < t.Count && t[k].Kind == Rasd.Core.Model.TokenKind.Number;
        bool IsWord(int k, string role) => k >= 0 && k < t.Count && Words.Match(t, k) is { } w && (w.Value.Has(role) || role == "month-lead" && w.Value.Has("mod")) && w.End == k + 1;
        bool IsPlainMonth(int k) => k >= 0 && k < t.Count && (Months.Match(t, k) ?? HijriMonths.Match(t, k)) is { } m && !IsAmbiguous(t[k].Form[m.CutAt..]) && !IsAmbiguous(StemOf(t[k], m.CutAt));
        bool IsMonth(int k) => k >= 0 && k < t.Count && (Months.Match(t, k) is not null || HijriMonths.Match(t, k) is not null);
        if (IsNumber(n.First - 1) || IsNumber(n.End) || IsWord(n.First - 1, "month-lead") || IsWord(n.End, "direction")) return true;
        // «الخامس من مارس»: an ordinal day, then «من».
        if (n.First >= 2 && t[n.First - 1].Form == "من" && Ordinals.Match(t, n.First - 2) is { } day && day.End == n.First - 1) return true;
        // «بين يناير ومارس»، «جويلية و أوت»، «أبريل نيسان»: joined by «و» to, or written beside, a month name that is no common word.
        if (t[n.First].Proclitics is ["و", ..] && IsPlainMonth(n.First - 1) || n.First >= 2 && t[n.First - 1].Form == "و" && IsPlainMonth(n.First - 2)) return true;
        if (IsPlainMonth(n.First - 1) || IsPlainMonth(n.End)) return true;
        if (n.End < t.Count && t[n.End].Form is "/" or "-" or "(" && IsMonth(n.End + 1)) return true;
        if (n.First >= 2 && t[n.First - 1].Form is "/" or "-" or "(" && IsMonth(n.First - 2) ) return true;
        return n.Kind == NameKind.HijriMonth && IsWord(n.End, "hijri-mark");
    }

    /// <summary>
    /// True when «الاثنين» at <paramref name="i"/> means «the two», not Monday: after «بين» or «كلا»
    /// (بين الاثنين), or after a definite word that names no day or time (اللاعبين الاثنين).
    /// </summary>
    public bool MeansTheTwo(IReadOnlyList<Rasd.Core.Model.Token> t, int i)
    {
        if (i == 0 || t[i].Stem is not ("الاثنين" or "اثنين") || t[i].Proclitics.Count > 0 && t[i].Proclitics[^1] != "ال") return false;
        var before = t[i - 1];
        if (before.Form is "بين" or "كلا") return true;
        // «المكسيك الاثنين المقبل»، «الاثنين 22 جوان»: a direction word, a number or a month after it makes it a day.
        if (i + 1 < t.Count && (t[i + 1].Kind == Rasd.Core.Model.TokenKind.Number || Words.Match(t, i + 1) is { } w && w.Value.Has("direction") || Months.Match(t, i + 1) is not null)) return false;
        return before.IsWord && before.Proclitics is [.., "ال"] && Weekdays.Match(t, i - 1) is null && RelativeDays.Match(t, i - 1) is null && Words.Match(t, i - 1) is null;
    }

    /// <summary>True when a month name is also a common word or name (مارس، رجب), to be taken as a month only in a date's company.</summary>
    public bool IsAmbiguous(string stem) => _ambiguous.Contains(stem);

    /// <summary>
    /// The Gregorian day of a Hijri date, by the Umm al-Qura calendar where it is defined
    /// (1318–1500 AH) and the tabular Hijri calendar elsewhere; null for a day that does not exist.
    /// </summary>
    public static DateOnly? FromHijri(int year, int month, int day)
    {
        System.Globalization.Calendar calendar = year is >= 1318 and <= 1500 ? UmAlQura : Hijri;
        if (month is < 1 or > 12 || year < 1 || year > 9666 || day < 1 || day > calendar.GetDaysInMonth(year, month)) return null;
        return DateOnly.FromDateTime(calendar.ToDateTime(year, month, day, 0, 0, 0, 0));
    }

    /// <summary>The Hijri (Umm al-Qura) year a Gregorian day falls in.</summary>
    public static int HijriYearOf(DateOnly day) => UmAlQura.GetYear(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The Gregorian days a whole Hijri month covers.</summary>
    public static (DateOnly First, DateOnly Last)? HijriMonthSpan(int year, int month)
    {
        if (FromHijri(year, month, 1) is not { } first) return null;
        System.Globalization.Calendar calendar = year is >= 1318 and <= 1500 ? UmAlQura : Hijri;
        return (first, FromHijri(year, month, calendar.GetDaysInMonth(year, month))!.Value);
    }

    public PhraseMatcher<DayOfWeek> Weekdays { get; } = new();

    /// <summary>Ordinal day word → day of month (السابع → 7).</summary>
    public PhraseMatcher<int> Ordinals { get; } = new();

    /// <summary>Relative day word → offset in days from the day of writing (أمس → -1).</summary>
    public PhraseMatcher<int> RelativeDays { get; } = new();

    /// <summary>Words around dates, by role: direction, part-of-day, year-word, published, ...</summary>
    public PhraseMatcher<TimeWords> Words { get; } = new();

    /// <summary>Units of time a count goes with («يومين»، «أيام»، «عاما»).</summary>
    public PhraseMatcher<TimeUnitWord> Units { get; } = new();
}

/// <summary>A role of a word of <c>time-words.tsv</c>, with its optional value.</summary>
public sealed record TimeWord(string Role, string? Value);

/// <summary>The roles of one form of <c>time-words.tsv</c>.</summary>
public sealed record TimeWords(IReadOnlyList<TimeWord> Roles)
{
    public TimeWord? this[string role] => Roles.FirstOrDefault(r => r.Role == role);

    public bool Has(string role) => this[role] is not null;
}

/// <summary>A unit of <c>time-units.tsv</c> and the count the form itself says (null: a plural, counted by the number before it).</summary>
public sealed record TimeUnitWord(Rasd.Core.Model.PeriodUnit Unit, int? Count);
