using Rasd.Arabic;

namespace Rasd.Ingest;

/// <summary>
/// The outlet of a plain-text article, from its header or footer: a line that names a known outlet
/// (<c>resources/ar/outlets.tsv</c>: «عربي بوست»), or else a short line right above a date line
/// there («مركز الحقول للدراسات والنشر» above «30 حزيران / يونيو 2016»). The publication date
/// itself is read by the analysis (<c>PublicationDateFinder</c>), which knows every date form.
/// </summary>
public static class PlainTextMetadata
{
    private const int HeaderLines = 5;
    private const int FooterLines = 4;
    private const int MaxOutletWords = 6;
    private const int MaxDateLineWords = 10;

    private static readonly Dictionary<string, string> Known = LanguageData.Read("ar/outlets.tsv")
        .ToDictionary(r => Key(r["form"]), r => r["form"], StringComparer.Ordinal);

    public static string? OutletOf(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        bool InZone(int i) => i < HeaderLines || i >= lines.Count - FooterLines;
        var zone = Enumerable.Range(0, lines.Count).Where(InZone).ToList();
        foreach (var i in zone)
            if (Known.TryGetValue(Key(lines[i]), out var name)) return lines[i].Length <= name.Length + 4 ? lines[i] : name;
        foreach (var i in zone)
        {
            if (!IsDateLine(lines[i])) continue;
            // The name stands above the date («عربي بوست» then «تم النشر: …»); a line below it is a subtitle more often than not.
            if (i - 1 > 0 && InZone(i - 1) && IsOutletLike(lines[i - 1])) return lines[i - 1];
        }
        return null;
    }

    private static string Key(string line) => ArabicNormalizer.Normalize(line.Trim().TrimEnd('.', ':', '،'));

    /// <summary>A date line: few words, a year (2016، 2025/05/12), and no full stop — a sentence that names a year is none.</summary>
    private static bool IsDateLine(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxDateLineWords && line[^1] is not ('.' or '!' or '?' or '؟') && HasYear(ArabicNormalizer.Normalize(line));
    }

    /// <summary>A run of exactly four digits from 1900 to 2099.</summary>
    private static bool HasYear(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) continue;
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            if (i - start == 4 && text[start..(start + 2)] is "19" or "20") return true;
        }
        return false;
    }

    /// <summary>A name: a few Arabic words, no digits, no sentence mark.</summary>
    private static bool IsOutletLike(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= MaxOutletWords && !line.Any(char.IsDigit) && line.Any(c => c is >= '\u0600' and <= '\u06FF')
            && line[^1] is not ('.' or '!' or '?' or '؟' or ':');
    }
}
