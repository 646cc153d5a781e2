using System.Text.Json.Serialization;
using Rasd.Core.Text;

namespace Rasd.Core.Model;

public enum TokenKind { Word, Number, Latin, Punctuation, Symbol, Url }

/// <summary>
/// A token of the normalized (match) text. <see cref="Span"/> points into the normalized text,
/// <see cref="Raw"/> into the raw text; <see cref="Form"/> is the normalized form used for matching.
/// <see cref="EndsInTaMarbuta"/> remembers what folding ة→ه hides: a word ending in ة has no
/// pronoun suffix (وزارة is not و+زار+ه).
/// </summary>
public readonly record struct Token(TextSpan Span, TextSpan Raw, TokenKind Kind, string Form, bool EndsInTaMarbuta = false)
{
    private static readonly string[] NoClitics = [];

    public bool IsWord => Kind is TokenKind.Word or TokenKind.Latin;

    /// <summary>The value of a number token (3.5, 1,000 → 1000), or null.</summary>
    public double? NumberValue => Kind == TokenKind.Number && double.TryParse(DecimalForm(Form), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    // Commas group thousands (25,000) unless one comma is followed by one or two digits: a decimal comma (52,5).
    private static string DecimalForm(string digits) =>
        digits.IndexOf(',', StringComparison.Ordinal) is var comma and >= 0 && digits.Length - comma - 1 is 1 or 2 && digits.LastIndexOf(',') == comma
            ? digits.Replace(',', '.') : digits.Replace(",", "", StringComparison.Ordinal);

    /// <summary>The proclitics read off the word, outermost first (و، ب، ال), in match form.</summary>
    public IReadOnlyList<string> Proclitics { get; init; } = NoClitics;

    /// <summary>The word without its clitics, in match form (a ta marbuta hidden by a pronoun is restored: زيارته → زياره).</summary>
    public string Stem { get => field ?? Form; init; }

    /// <summary>The pronoun suffix read off the word, in match form, or empty.</summary>
    public string Enclitic { get; init; } = "";

    /// <summary>The segmentation written with «+»: و+ال+خارجيه.</summary>
    public string Segmented => Proclitics.Count == 0 && Enclitic.Length == 0 ? Form
        : string.Join('+', Proclitics.Append(Stem).Concat(Enclitic.Length > 0 ? [Enclitic] : []));
}

/// <summary>A sentence as the token range <c>[FirstToken, EndToken)</c>, and its raw span.</summary>
public readonly record struct Sentence(int FirstToken, int EndToken, TextSpan Raw);

public enum TimeDirection { None, Past, Next, Current }

public enum PeriodUnit { Day, Week, Month, Year, Hour }

/// <summary>What a time expression is, in the categories a reader would name.</summary>
public enum TimeKind { Absolute, Numeric, Partial, RelativeDay, Weekday, RelativePeriod, Range, Hijri, Duration, Anaphoric }

/// <summary>Where in its period an expression points: «مطلع» (start), «منتصف» (mid), «أواخر» (end).</summary>
public enum TimeMod { None, Start, Mid, End }

/// <summary>The tense of the verb that governs an expression, where it tells: «سيصل الخميس» is future.</summary>
public enum Tense { None, Past, Future }

/// <summary>
/// What a time expression says, before it is placed on the calendar: the fields it writes out
/// (year, month, days, weekday) and the relations it states (an offset, a direction).
/// </summary>
public sealed record TimeParts
{
    public int? Year { get; init; }

    /// <summary>The last year of a range of years («بين عامي 2019 و2020»).</summary>
    public int? YearEnd { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    /// <summary>The last day of a list or range of days («يومي 12 و13»).</summary>
    public int? DayEnd { get; init; }

    /// <summary>The last day of a range that crosses months (a Hijri month in Gregorian days).</summary>
    public DateOnly? EndDate { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>An offset from the anchor, in <see cref="Unit"/>s (أمس: -1 day; الشهر الماضي: -1 month).</summary>
    public int? Offset { get; init; }

    public PeriodUnit Unit { get; init; } = PeriodUnit.Day;

    public TimeDirection Direction { get; init; }

    public TimeKind Kind { get; init; }

    public TimeMod Mod { get; init; }

    /// <summary>The governing verb's tense: decides which Thursday a bare «الخميس» is.</summary>
    public Tense Tense { get; init; }

    /// <summary>The offset is a count of units («قبل ثلاثة أسابيع»: 21 days back), not a named period («الأسبوع الماضي»).</summary>
    public bool Counted { get; init; }

    /// <summary>A length of time («لمدة ثلاثة أيام»، «منذ سنوات»): <see cref="Count"/> of <see cref="Unit"/>, null when unsaid.</summary>
    public bool IsDuration { get; init; }

    public int? Count { get; init; }

    /// <summary>A Hijri month (and day) written without its year («30 شوال الجاري»، «شهر رمضان الماضي»): placed from the anchor.</summary>
    public int? HijriMonth { get; init; }

    public int? HijriDay { get; init; }

    /// <summary>A day of the month the text named just before («في 27 من الشهر نفسه»).</summary>
    public bool SameMonth { get; init; }

    /// <summary>The year relative to the anchor («يونيو من العام الماضي»: −1).</summary>
    public int? YearOffset { get; init; }

    /// <summary>The far end of a range («من 5 إلى 7 مايو»، «من يناير إلى مارس 2019»).</summary>
    public TimeParts? Until { get; init; }

    /// <summary>True when the expression is written out in full and needs no anchor.</summary>
    public bool IsAbsolute => Year is not null && Offset is null && Weekday is null;
}

/// <summary>A date or time expression found in the text, resolved to a value or kept with the reason it could not be.</summary>
public sealed record TimeExpression(TextSpan Raw, string Text, int FirstToken, int EndToken, TimeParts Parts)
{
    public DateValue? Value { get; init; }

    /// <summary>What the value was resolved against: <c>absolute</c>, <c>publication</c>, or <c>context</c> (an earlier date in the text).</summary>
    public string? Anchor { get; init; }

    /// <summary>Why no value could be given, when <see cref="Value"/> is null.</summary>
    public string? Unresolved { get; init; }

    /// <summary>A length of time in ISO 8601 (P3D, PT2H; PXY when the count is unsaid), for a duration.</summary>
    public string? Duration { get; init; }
}

public enum EntityType { PER, ORG, GPE, LOC, MISC }

/// <summary>
/// An office as a title states it: the office words in match form, without the article
/// («وزير الدفاع»، «المتحدث باسم»), and the organization or country it is of (entity ids).
/// Two titles state the same office when their <see cref="Key"/>s are equal.
/// </summary>
public sealed record RoleName(string Office, string? Organization, string? Country)
{
    public string Key => $"{Office}@{Organization ?? Country ?? ""}";
}

/// <summary>
/// A name in the text, without the clitics glued to it (the span of «بخليفة حفتر» covers «خليفة حفتر»).
/// <see cref="Key"/> is the pre-resolution identity: a knowledge-base id when the name is known,
/// otherwise the name's match form prefixed by its type.
/// </summary>
public sealed record Mention(TextSpan Raw, string Text, EntityType Type, string Key, int FirstToken, int EndToken)
{
    /// <summary>The title or role written before the name («وزير الدفاع الروسي»), as written.</summary>
    public string? Title { get; init; }

    public TextSpan? TitleRaw { get; init; }

    /// <summary>The first token of the whole phrase, the title included.</summary>
    public int PhraseFirstToken { get; init; }

    /// <summary>The proclitics on the phrase's first token, in match form («ب» in «بالرئيس»).</summary>
    public string Proclitics { get; init; } = "";

    /// <summary>The office the title states («وزير الدفاع» of Russia), when it states one.</summary>
    public RoleName? Role { get; init; }

    /// <summary>
    /// An office written without its holder's name («قال وزير الدفاع الروسي»): resolved across
    /// documents to the person who held it at the time.
    /// </summary>
    public bool RoleOnly { get; init; }

    /// <summary>Where the name was found: <c>rules</c> (knowledge base, titles) or <c>model</c> (the statistical recognizer).</summary>
    public string Source { get; init; } = RuleSource;

    public const string RuleSource = "rules";

    public const string ModelSource = "model";

    public bool IsFromKnowledgeBase => Key.StartsWith(KnowledgeBasePrefix, StringComparison.Ordinal);

    public const string KnowledgeBasePrefix = "kb:";
}

public enum EventType { Visit, Meeting, Call, Agreement, Request, Support, Accuse, Threaten, Deploy, Statement }

/// <summary>Event types as users and the output write them: in lower case («visit»).</summary>
public static class EventTypes
{
    public static string Name(EventType type) => type.ToString().ToLowerInvariant();

    /// <summary>The type a user named, in any case; a <see cref="FormatException"/> listing the types when it names none.</summary>
    public static EventType Parse(string text) =>
        Enum.TryParse<EventType>(text.Trim(), ignoreCase: true, out var t) && Enum.IsDefined(t)
            ? t
            : throw new FormatException($"'{text}' is not an event type: use {string.Join(", ", Enum.GetValues<EventType>().Select(Name))}.");
}

/// <summary>A group of people a party meets without their names («مسؤولين روس»، «نظراءه الخليجيين»), as written.</summary>
public sealed record PartyGroup(string Text, TextSpan Raw);

/// <summary>One report of an event in one sentence: the trigger, its arguments (entity keys), place and time.</summary>
public sealed record EventMention(string Id, string DocId, EventType Type, TextSpan Trigger, string TriggerText, TextSpan Sentence, string SentenceText)
{
    public IReadOnlyList<string> Actors { get; init; } = [];

    public IReadOnlyList<string> Counterparts { get; init; } = [];

    /// <summary>Counterparts named only as a group («أجرى محادثات مع مسؤولين روس»): a meeting or call with them is one all the same.</summary>
    public IReadOnlyList<PartyGroup> Groups { get; init; } = [];

    /// <summary>Who acts, named only as a group («وصل وفد من وزارة الخارجية»، «مجموعة من المسؤولين الأمريكيين وصلت»): no actor is named then.</summary>
    public IReadOnlyList<PartyGroup> ActorGroups { get; init; } = [];

    public string? Place { get; init; }

    public DateValue? Date { get; init; }

    /// <summary>The time expression the date came from, and its text.</summary>
    public TextSpan? TimeRaw { get; init; }

    public string? TimeText { get; init; }

    /// <summary>The report says the event did not or will not happen («لن يلتقي»، «لم يلتق»).</summary>
    public bool Negated { get; init; }

    /// <summary>A recap of an earlier event («سبق أن زار»، «وكان قد التقى»), or one dated long before the report was written.</summary>
    public bool Historical { get; init; }

    /// <summary>A month (and day) written without a year that the document gave no year for («في يونيو الماضي» in an undated text): fusion may find the year in another report.</summary>
    public int? YearlessMonth { get; init; }

    public int? YearlessDay { get; init; }

    /// <summary>In an undated report, how many days before the writing the text puts the event («أمس»: 1): with the event's date from another report, the day of writing.</summary>
    public int? DaysBeforeWriting { get; init; }

    /// <summary>What the date dates: <c>event</c>, or <c>statement</c> when it is the date of an announcement about it («أعلن الكرملين في 28 سبتمبر عن لقاء»); null when undated.</summary>
    public string? DatedBy { get; init; }

    /// <summary>Told as planned or announced, not yet happened at writing («سيزور»، «من المقرر أن يلتقي»).</summary>
    public bool Future { get; init; }

    /// <summary>Told as a possibility or a condition («إذا التقى»، «ربما يزور»).</summary>
    public bool Hypothetical { get; init; }

    /// <summary>Who the sentence says the claim comes from («بحسب مصادر تابعة لوزارة الدفاع الروسية»، «قال الكرملين إن»), as written.</summary>
    public string? Attribution { get; init; }

    /// <summary>For a statement: what was said («قال بوتين إن …»: what follows «إن»; or the words between quotation marks), as written.</summary>
    public TextSpan? Quote { get; init; }

    public string? QuoteText { get; init; }

    /// <summary>The publication date of the reporting document, if known: the event happened no later (unless planned).</summary>
    public DateValue? Reported { get; init; }

    [JsonIgnore]
    public IEnumerable<string> Participants => Actors.Concat(Counterparts);
}
