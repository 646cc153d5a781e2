using System.Globalization;
using System.Text;

namespace Rasd.Ingest.Formats;

/// <summary>
/// One glyph as a PDF draws it: its text (one character, or several for a ligature), where its
/// advance starts and ends on the baseline, the baseline's height, the font size, and the bottom,
/// top and width of its outline (0 when unknown).
/// </summary>
public readonly record struct PdfGlyph(string Text, double Left, double Right, double Baseline, double Size, double InkBottom = 0, double InkTop = 0, double InkWidth = 0);

/// <summary>
/// Puts the glyphs of PDF pages back into logical reading order. A PDF only says where each glyph
/// is drawn, and producers emit Arabic in visual order (left to right), in logical order, or in
/// runs of either; so the order comes from positions alone: glyphs are grouped into lines by
/// baseline, lines read top to bottom, and a line that holds Arabic is read right to left, its
/// Latin and number runs left to right (the Unicode bidirectional algorithm undone). Combining
/// marks, whose positions say little, go with the letter beside them in the content stream;
/// justification kashidas that the font maps to no text are read as tatweel. Words are split at
/// space glyphs and at gaps; paragraphs (at larger vertical gaps or a change of font size) and
/// pages, by a blank line.
/// </summary>
public static class PdfReadingOrder
{
    // A gap between glyphs wider than this share of the font size separates words (a space is about a quarter of it).
    private const double WordGap = 0.15;
    // Glyphs whose baselines differ by less than this share of the font size are on one line (a raised mark, a superscript).
    private const double SameLine = 0.5;
    // A paragraph break: a line gap this much larger than the usual one, and by at least a quarter of the font size.
    private const double ParagraphGapRatio = 1.15;
    private const double ParagraphGapExtra = 0.25;
    private const double HeadlineSizeRatio = 1.2;
    private const double KashidaHeight = 0.15;
    private const char Tatweel = '\u0640';

    // Unmapped: a glyph the font maps to no text (a control character), which still takes its place on the line.
    private enum Kind { Arabic, Latin, Digit, Neutral, Space, Unmapped }

    /// <summary>A base glyph with the marks that go with it.</summary>
    private sealed class Cluster(PdfGlyph glyph, Kind kind)
    {
        public PdfGlyph Glyph { get; } = glyph;
        public Kind Kind { get; set; } = kind;
        public StringBuilder Text { get; } = new(glyph.Text);
    }

    /// <summary>A line as read: its text in logical order, its baseline and font size.</summary>
    public sealed record Line(string Text, double Baseline, double Size);

    /// <summary>The text of the pages (each a content stream's glyphs, in stream order): lines, with a blank line between paragraphs and pages.</summary>
    public static string Text(IEnumerable<IReadOnlyList<PdfGlyph>> pages)
    {
        var linesOfPages = pages.Select(Lines).Where(lines => lines.Count > 0).ToList();
        var usualGap = UsualLineGap(linesOfPages);
        var sb = new StringBuilder();
        foreach (var lines in linesOfPages)
        {
            if (sb.Length > 0) sb.Append("\n\n");
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0) sb.Append(IsParagraphBreak(lines[i - 1], lines[i], usualGap) ? "\n\n" : "\n");
                sb.Append(lines[i].Text);
            }
        }
        return sb.ToString();
    }

    /// <summary>The lines of one page, top to bottom, each in logical order.</summary>
    public static List<Line> Lines(IReadOnlyList<PdfGlyph> stream)
    {
        var clusters = Clusters(stream);
        // A line that mixes scripts reads in the direction of the page's main one: an English URL on an Arabic page, an Arabic name on an English one.
        var rightToLeft = clusters.Count(c => c.Kind == Kind.Arabic) >= clusters.Count(c => c.Kind == Kind.Latin);
        var lines = new List<Line>();
        var byHeight = clusters.OrderByDescending(c => c.Glyph.Baseline).ToList();
        var start = 0;
        for (var i = 1; i <= byHeight.Count; i++)
        {
            var first = byHeight[start].Glyph;
            if (i < byHeight.Count && first.Baseline - byHeight[i].Glyph.Baseline < SameLine * Math.Min(first.Size, byHeight[i].Glyph.Size)) continue;
            var line = byHeight.GetRange(start, i - start);
            var text = LineText(line, rightToLeft);
            if (text.Length > 0) lines.Add(new Line(text, line.Average(c => c.Glyph.Baseline), line.Max(c => c.Glyph.Size)));
            start = i;
        }
        return lines;
    }

    /// <summary>
    /// Base glyphs (spaces included) in stream order, each with its marks. A mark goes with its
    /// neighbour in the stream on the side its script is written from (the right one for Arabic):
    /// that is its base whether the stream is in visual or in logical order.
    /// </summary>
    private static List<Cluster> Clusters(IReadOnlyList<PdfGlyph> stream)
    {
        var ofGlyph = new Cluster?[stream.Count];
        for (var i = 0; i < stream.Count; i++)
        {
            var g = stream[i];
            if (g.Text.Length == 0 || IsMark(g.Text)) continue;
            var kind = KindOf(g.Text);
            // A glyph that advances nothing and is no mark is a positioning artefact (an anchor mapped to a stray letter).
            if (kind != Kind.Space && g.Right - g.Left < 0.01 * g.Size) continue;
            ofGlyph[i] = new Cluster(g, kind);
        }
        for (var i = 0; i < stream.Count; i++)
        {
            if (stream[i].Text.Length == 0 || !IsMark(stream[i].Text)) continue;
            var before = Neighbour(ofGlyph, stream[i], i, -1);
            var after = Neighbour(ofGlyph, stream[i], i, +1);
            var rightward = IsArabic(stream[i].Text[0]);
            var letter = before is null ? after : after is null ? before
                : (after.Glyph.Left > before.Glyph.Left) == rightward ? after : before;
            letter?.Text.Append(stream[i].Text);
        }
        return [.. ofGlyph.OfType<Cluster>()];
    }

    private static Cluster? Neighbour(Cluster?[] ofGlyph, PdfGlyph mark, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < ofGlyph.Length; j += step)
        {
            if (ofGlyph[j] is not { Kind: not (Kind.Space or Kind.Unmapped) } c) continue;
            // The stream's neighbour may end the line above: a base is near the mark, within about an em.
            var size = Math.Max(c.Glyph.Size, mark.Size);
            var across = Math.Max(0, Math.Max(c.Glyph.Left - mark.Left, mark.Left - c.Glyph.Right));
            return Math.Abs(c.Glyph.Baseline - mark.Baseline) < size && across < size ? c : null;
        }
        return null;
    }

    /// <summary>
    /// The text of one line: words split at spaces and gaps; when it holds Arabic, right to left
    /// with its Latin and number runs left to right — or, on a page mostly in Latin script, left
    /// to right with its Arabic runs right to left.
    /// </summary>
    private static string LineText(List<Cluster> line, bool rightToLeftPage)
    {
        // Visual order, left to right; null stands for a word break.
        var visual = new List<Cluster?>();
        Cluster? previous = null;
        var pendingBreak = false;
        foreach (var c in line.OrderBy(c => c.Glyph.Left))
        {
            if (c.Kind == Kind.Space) { pendingBreak = true; continue; }
            if (previous is not null && (pendingBreak || c.Glyph.Left - previous.Glyph.Right > WordGap * Math.Min(c.Glyph.Size, previous.Glyph.Size)))
                visual.Add(null);
            visual.Add(c);
            previous = c;
            pendingBreak = false;
        }
        var arabic = visual.Any(c => c?.Kind == Kind.Arabic);
        if (arabic)
        {
            // Justification kashidas that the font maps to no text come through its byte encoding as
            // anything («الÁكهرباء», «ال#كويت», a control character): told by their outline, a flat
            // stroke on the baseline, or by being a lone Latin letter or digit inside an Arabic word.
            for (var i = 0; i < visual.Count; i++)
            {
                if (visual[i] is not { Kind: not Kind.Arabic } c) continue;
                var inWord = i > 0 && i + 1 < visual.Count && visual[i - 1]?.Kind == Kind.Arabic && visual[i + 1]?.Kind == Kind.Arabic;
                if (!IsKashidaStroke(c.Glyph) && !(inWord && IsStray(c.Text.ToString()))) continue;
                c.Kind = Kind.Arabic;
                c.Text.Clear().Append(Tatweel);
            }
        }
        visual.RemoveAll(c => c?.Kind == Kind.Unmapped);
        var logical = !arabic ? visual : rightToLeftPage || !visual.Any(c => c?.Kind == Kind.Latin) ? RightToLeft(visual) : LeftToRight(visual);
        var sb = new StringBuilder();
        foreach (var c in logical)
        {
            if (c is null) sb.Append(' ');
            else sb.Append(c.Text);
        }
        return sb.ToString().Trim();
    }

    /// <summary>
    /// A right-to-left line from its visual order: reversed, except runs displayed left to right,
    /// which keep their order. Such a run goes from a Latin letter or a digit to the last one before
    /// the next Arabic letter, with what lies between; numbers alone, with no Latin letter, are each
    /// their own run («10 20» shows as «20 10»), while a number after Latin joins it («Windows 10»).
    /// </summary>
    private static List<Cluster?> RightToLeft(List<Cluster?> visual)
    {
        var segments = new List<List<Cluster?>>(); // visual order; a run is one segment
        var i = 0;
        while (i < visual.Count)
        {
            if (visual[i] is not { Kind: Kind.Latin or Kind.Digit })
            {
                segments.Add([visual[i]]);
                i++;
                continue;
            }
            var end = i; // the last Latin letter or digit of the run
            var hasLatin = false;
            var broken = false; // a word break since end
            for (var j = i; j < visual.Count && visual[j]?.Kind != Kind.Arabic; j++)
            {
                // A word break, or «-» between numbers after Arabic (which reads «9-9-1429» as three numbers, right to left).
                if (visual[j] is null || !hasLatin && visual[j]!.Text.ToString() is "-" or "+" or "\u2212") broken = true;
                if (visual[j] is not { Kind: Kind.Latin or Kind.Digit } c) continue;
                if (c.Kind == Kind.Digit && !hasLatin && broken) break; // a number after a word break is a run of its own
                hasLatin |= c.Kind == Kind.Latin;
                end = j;
                broken = false;
            }
            segments.Add(visual.GetRange(i, end - i + 1));
            i = end + 1;
        }
        segments.Reverse();
        return [.. segments.SelectMany(s => s)];
    }

    /// <summary>
    /// A left-to-right line from its visual order: as it is, except each Arabic run — from an
    /// Arabic letter to the last one before the next Latin letter — read right to left.
    /// </summary>
    private static List<Cluster?> LeftToRight(List<Cluster?> visual)
    {
        var logical = new List<Cluster?>(visual.Count);
        var i = 0;
        while (i < visual.Count)
        {
            if (visual[i]?.Kind != Kind.Arabic)
            {
                logical.Add(visual[i++]);
                continue;
            }
            var end = i;
            for (var j = i; j < visual.Count && visual[j]?.Kind != Kind.Latin; j++)
                if (visual[j]?.Kind == Kind.Arabic) end = j;
            logical.AddRange(RightToLeft(visual.GetRange(i, end - i + 1)));
            i = end + 1;
        }
        return logical;
    }

    private static double UsualLineGap(List<List<Line>> pages)
    {
        var gaps = pages.SelectMany(lines => lines.Zip(lines.Skip(1), (a, b) => a.Baseline - b.Baseline)).Where(g => g > 0).Order().ToList();
        return gaps.Count == 0 ? 0 : gaps[gaps.Count / 4]; // the lower quartile: lines within a paragraph, even when most paragraphs are a line long
    }

    private static bool IsParagraphBreak(Line above, Line below, double usualGap)
    {
        if (Math.Max(above.Size, below.Size) > HeadlineSizeRatio * Math.Min(above.Size, below.Size)) return true; // a headline above its text
        var gap = above.Baseline - below.Baseline;
        return usualGap > 0 && gap > ParagraphGapRatio * usualGap && gap - usualGap > ParagraphGapExtra * Math.Min(above.Size, below.Size);
    }

    // A character that cannot stand between two letters of an Arabic word: an ASCII letter or digit, or a Latin-1 sign other than the quotes «».
    private static bool IsStray(string text) =>
        text.Length == 1 && (char.IsAsciiLetterOrDigit(text[0]) || text[0] is >= '\u00A1' and <= '\u00FF' and not ('\u00AB' or '\u00BB'));

    /// <summary>
    /// An outline less than a seventh of an em high and more than twice as wide, resting on the
    /// baseline: a kashida. A full stop is as high as it is wide; dashes and underscores, which may
    /// look the same, keep their text.
    /// </summary>
    private static bool IsKashidaStroke(PdfGlyph g)
    {
        var height = g.InkTop - g.InkBottom;
        return height > 0 && height < KashidaHeight * g.Size && g.InkWidth > 2 * height && Math.Abs(g.InkBottom - g.Baseline) < KashidaHeight * g.Size
            && g.Text is not ("_" or "-" or "\u2010" or "\u2011" or "\u2012" or "\u2013" or "\u2014" or "\u2015" or "\u2212" or "\uFE58" or "\uFE63" or "\uFF0D" or "\uFF3F");
    }

    private static Kind KindOf(string text)
    {
        if (text.Any(char.IsControl)) return Kind.Unmapped;
        var kind = Kind.Neutral;
        foreach (var c in text)
        {
            if (IsArabic(c) && char.IsLetter(c)) return Kind.Arabic;
            if (char.IsLetter(c)) kind = Kind.Latin;
            else if (char.IsDigit(c) && kind != Kind.Latin) kind = Kind.Digit;
        }
        return kind == Kind.Neutral && string.IsNullOrWhiteSpace(text) ? Kind.Space : kind;
    }

    private static bool IsMark(string text)
    {
        foreach (var c in text)
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)) return false;
        return true;
    }

    /// <summary>Arabic (and Hebrew) script: the letters that make a line right to left.</summary>
    private static bool IsArabic(char c) => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
