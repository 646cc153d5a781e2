using Rasd.Core.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Rasd.Ingest.Formats;

/// <summary>
/// PDF with a text layer, read with PdfPig: each page's glyphs put in logical reading order
/// (<see cref="PdfReadingOrder"/>), the text as extracted handed to
/// <see cref="SourceReader.FromText"/> so that PDF damage is repaired. The title is the document's
/// own when it is a sensible one, else the first paragraph as extracted. Encrypted, corrupt and
/// image-only PDFs fail with their reason.
/// </summary>
public sealed class PdfFormat : ISourceFormat
{
    public const string NoTextLayer = "the PDF has no text layer (scanned?)";
    private const int MaxTitleLength = 300;

    // Lenient parsing recovers what it can of a damaged file; a missing font should cost its glyphs, not the document.
    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    public string Name => "pdf";

    public bool Recognizes(ReadOnlySpan<byte> head, string name) => head.StartsWith("%PDF-"u8);

    public IEnumerable<ReadResult> Read(SourceFile file)
    {
        byte[] bytes;
        try { bytes = file.ReadAllBytes(SourceReader.MaxFileBytes); }
        catch (IOException e) { return [ReadResult.Failed(file.Name, e.Message)]; }
        (string Text, string? Title) pdf;
        try { pdf = Extract(bytes); }
        catch (PdfDocumentEncryptedException) { return [ReadResult.Failed(file.Name, "the PDF is encrypted (a password is needed)")]; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports a damaged file with whatever exception its parser met: all of them mean the same here.
            return [ReadResult.Failed(file.Name, $"not a readable PDF: {e.Message}")];
        }
        if (string.IsNullOrWhiteSpace(pdf.Text)) return [ReadResult.Failed(file.Name, NoTextLayer)];
        var document = SourceReader.FromText(StableId.OfBytes(bytes), file.Name, pdf.Text);
        document = document with { Title = SensibleTitle(pdf.Title, pdf.Text) ?? Headline(pdf.Text) };
        return [ReadResult.Ok(file.Name, document)];
    }

    /// <summary>The text of a PDF in logical reading order, and its Info title (as stored).</summary>
    public static (string Text, string? Title) Extract(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes, Options);
        var pages = new List<IReadOnlyList<PdfGlyph>>(pdf.NumberOfPages);
        foreach (var page in pdf.GetPages()) pages.Add(Glyphs(page));
        return (PdfReadingOrder.Text(pages), pdf.Information.Title);
    }

    /// <summary>A page's horizontal glyphs in content-stream order (text set vertically or upside down is left out).</summary>
    private static List<PdfGlyph> Glyphs(Page page) =>
        [.. page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal)
            .Select(l => new PdfGlyph(l.Value, l.StartBaseLine.X, l.EndBaseLine.X, l.StartBaseLine.Y, l.PointSize > 0 ? l.PointSize : l.BoundingBox.Height, l.BoundingBox.Bottom, l.BoundingBox.Top, l.BoundingBox.Width))];

    /// <summary>
    /// The Info title when it reads as a headline: not empty, not a producer's placeholder or a
    /// file name («Microsoft Word - x.docx», «Untitled»), and in Arabic when the text is.
    /// </summary>
    public static string? SensibleTitle(string? title, string text)
    {
        var t = title?.Trim();
        if (string.IsNullOrEmpty(t) || t.Length > MaxTitleLength || !t.Any(char.IsLetter) || t.Any(c => c == '\uFFFD' || char.IsControl(c))) return null;
        if (t.StartsWith("Microsoft ", StringComparison.OrdinalIgnoreCase) || t.Equals("untitled", StringComparison.OrdinalIgnoreCase)) return null;
        if (Path.GetExtension(t) is { Length: >= 3 and <= 5 } ext && ext.Skip(1).All(char.IsAsciiLetterOrDigit)) return null; // «report.pdf», «page1.indd»
        return ArabicShare(text) > 0.5 && !t.Any(IsArabicLetter) ? null : t;
    }

    /// <summary>
    /// The first paragraph of the text as extracted, its lines joined (a headline wraps) and its
    /// kashida removed; the first line when the paragraph is too long for a headline. Taken before
    /// the repair, which may join a headline that has no full stop to the text below it.
    /// </summary>
    public static string? Headline(string text)
    {
        var paragraph = text.TrimStart().Split("\n\n", 2)[0];
        var headline = string.Join(' ', paragraph.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Replace("\u0640", "", StringComparison.Ordinal);
        return headline.Length is > 0 and <= MaxTitleLength ? headline : SourceReader.TitleOf(text.Replace("\u0640", "", StringComparison.Ordinal));
    }

    private static double ArabicShare(string text)
    {
        int arabic = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (IsArabicLetter(c)) arabic++;
        }
        return letters == 0 ? 0 : (double)arabic / letters;
    }

    private static bool IsArabicLetter(char c) => char.IsLetter(c) && c is >= '\u0600' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
