using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Pipeline;

namespace Rasd.Analysis.Time;

/// <summary>
/// Finds the publication date written in a plain text's header or footer: a full date on a line of
/// its own («الاثنين 2025/05/12»، «30 حزيران / يونيو 2016») or after a publication cue
/// («تم النشر: 2018/11/09 الساعة 11:32»). Update dates are taken only when nothing else is there.
/// </summary>
public sealed class PublicationDateFinder(ArabicCalendar calendar)
{
    private const int HeaderLines = 6;
    private const int FooterLines = 4;
    private const int MaxOtherTokensOnDateLine = 3;

    public PublishedDate Find(AnalyzedDocument doc)
    {
        var lines = Lines.Of(doc);
        var best = (Priority: int.MaxValue, Date: (DateValue?)null);
        foreach (var e in doc.TimeExpressions)
        {
            if (e.Parts is not { Year: { } y, Month: { } m, Day: { } d, DayEnd: null }) continue;
            var line = lines.FindIndex(l => l.First <= e.FirstToken && e.EndToken <= l.End);
            if (line < 0) continue;
            var inHeader = line < HeaderLines;
            if (!inHeader && line < lines.Count - FooterLines) continue;
            var priority = Priority(doc, lines[line], e, inHeader);
            if (priority < best.Priority) best = (priority, DateValue.Day(new DateOnly(y, m, d)));
        }
        return best.Date is null ? PublishedDate.Unknown : new PublishedDate(best.Date, DateSource.Header);
    }

    private int Priority(AnalyzedDocument doc, (int First, int End) line, TimeExpression e, bool inHeader)
    {
        var cue = CueOn(doc.Tokens, line);
        if (cue == "published") return 0;
        var others = 0;
        for (var i = line.First; i < line.End; i++)
        {
            if (i >= e.FirstToken && i < e.EndToken) continue;
            if (doc.Tokens[i].Kind is TokenKind.Word or TokenKind.Latin && calendar.Weekdays.Match(doc.Tokens, i) is null) others++;
        }
        if (cue == "updated") return 5;
        if (others <= MaxOtherTokensOnDateLine) return inHeader ? 1 : 2;
        return int.MaxValue;
    }

    private string? CueOn(IReadOnlyList<Token> tokens, (int First, int End) line)
    {
        for (var i = line.First; i < line.End; i++)
            if (calendar.Words.Match(tokens, i) is { } w && (w.Value["published"] ?? w.Value["updated"]) is { } cue) return cue.Role;
        return null;
    }
}

/// <summary>The lines of a text as token ranges <c>[First, End)</c>; empty lines have none.</summary>
public static class Lines
{
    public static List<(int First, int End)> Of(AnalyzedDocument doc)
    {
        var text = doc.RequireNormalized().Text;
        var tokens = doc.Tokens;
        var lines = new List<(int, int)>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1;
            if (last || text.AsSpan(tokens[i].Span.End, tokens[i + 1].Span.Start - tokens[i].Span.End).Contains('\n'))
            {
                lines.Add((first, i + 1));
                first = i + 1;
            }
        }
        return lines;
    }
}
