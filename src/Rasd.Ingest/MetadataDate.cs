using System.Globalization;

namespace Rasd.Ingest;

/// <summary>
/// Publication dates as metadata writes them: RFC 1123 («Sun, 18 Feb 2018 21:35:43 +0400», «… GMT»),
/// ISO 8601 with or without a time and offset, «2015-07-21 02:51:32», «2018/11/09», «09-11-2018».
/// The day is the one of the date as written, in its own time zone (not converted to UTC).
/// </summary>
public static class MetadataDate
{
    private static readonly string[] Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyy/MM/dd HH:mm", "dd-MM-yyyy", "dd/MM/yyyy", "d.M.yyyy",
    ];

    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        // «+0400» is how RFC 822 writes an offset; .NET reads «+04:00».
        if (text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit)) text = text[..^2] + ":" + text[^2..];
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var exact))
            return DateOnly.FromDateTime(exact.DateTime);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var loose) && loose.Year is >= 1900 and <= 2100
            ? DateOnly.FromDateTime(loose.DateTime) : null;
    }
}
