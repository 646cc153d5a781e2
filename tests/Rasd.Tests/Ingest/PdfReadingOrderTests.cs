using Rasd.Ingest.Formats;

namespace Rasd.Tests.Ingest;

/// <summary>
/// Reading order from glyph positions alone. Lines are written here as they are seen, left to
/// right (<see cref="Rtl"/> turns Arabic around for that), one glyph a character, 5 points wide.
/// </summary>
public class PdfReadingOrderTests
{
    private const double Size = 10;

    /// <summary>Arabic as it is seen, left to right.</summary>
    private static string Rtl(string logical) => new([.. logical.Reverse()]);

    /// <summary>The glyphs of a line seen as <paramref name="visual"/>, in that (visual) stream order.</summary>
    private static List<PdfGlyph> Seen(string visual, double baseline = 700, double size = Size) =>
        [.. visual.Select((c, i) => new PdfGlyph(c.ToString(), 50 + i * 5, 55 + i * 5, baseline, size))];

    private static string Read(params List<PdfGlyph>[] lines) => PdfReadingOrder.Text([[.. lines.SelectMany(l => l)]]);

    /// <summary>The reading of a line seen as <paramref name="visual"/> below a line of Arabic, which makes the page an Arabic one.</summary>
    private static string OnArabicPage(string visual) =>
        Read(Seen(Rtl("وصل حفتر إلى العاصمة الروسية موسكو في زيارة رسمية"), 715), Seen(visual)).Split('\n')[^1];

    [Fact]
    public void Arabic_reads_right_to_left_whether_the_stream_is_in_visual_or_logical_order()
    {
        var glyphs = Seen(Rtl("زار حفتر موسكو"));
        Assert.Equal("زار حفتر موسكو", Read(glyphs));
        glyphs.Reverse();
        Assert.Equal("زار حفتر موسكو", Read(glyphs));
    }

    [Fact]
    public void Latin_runs_keep_their_order()
    {
        Assert.Equal("قال John Smith أمس", OnArabicPage(Rtl("أمس") + " John Smith " + Rtl("قال")));
        Assert.Equal("نظام Windows 10 الجديد", OnArabicPage(Rtl("الجديد") + " Windows 10 " + Rtl("نظام"))); // a number after Latin joins its run
        Assert.Equal("شبكة (CNN) إن", OnArabicPage(Rtl("إن") + " )CNN( " + Rtl("شبكة"))); // brackets come mapped as typed, drawn mirrored
    }

    [Fact]
    public void A_line_of_mixed_scripts_reads_in_the_direction_of_its_page()
    {
        Assert.Equal("The capital موسكو is big", Read(Seen("The capital " + Rtl("موسكو") + " is big")));
        Assert.Equal("وقال في تغريدة https://t.co/abcdefghijklmnop", OnArabicPage("https://t.co/abcdefghijklmnop " + Rtl("وقال في تغريدة")));
    }

    [Fact]
    public void Numbers_read_left_to_right_each_in_its_place()
    {
        Assert.Equal("زار في 21 يوليو 2015", Read(Seen("2015 " + Rtl("يوليو") + " 21 " + Rtl("زار في"))));
        Assert.Equal("بلغت 10 20 مرة", Read(Seen(Rtl("مرة") + " 20 10 " + Rtl("بلغت")))); // two numbers apart are two runs
        Assert.Equal("الساعة 14:38 بتاريخ 9-9-1429", Read(Seen("1429-9-9 " + Rtl("بتاريخ") + " 14:38 " + Rtl("الساعة")))); // «-» after Arabic parts numbers, «:» joins them
    }

    [Fact]
    public void A_mark_goes_with_its_letter_wherever_it_is_drawn()
    {
        // «مُحمد» seen left to right: د م ح م; the damma of the first م is drawn over ح, and streamed just before its letter.
        PdfGlyph Letter(string t, int slot) => new(t, 50 + slot * 5, 55 + slot * 5, 700, Size);
        var mark = new PdfGlyph("\u064F", 64, 64, 701, Size);
        List<PdfGlyph> visual = [Letter("د", 0), Letter("م", 1), Letter("ح", 2), mark, Letter("م", 3)];
        Assert.Equal("مُحمد", Read(visual));
        List<PdfGlyph> logical = [Letter("م", 3), mark, Letter("ح", 2), Letter("م", 1), Letter("د", 0)];
        Assert.Equal("مُحمد", Read(logical));
    }

    [Fact]
    public void Kashidas_that_a_font_maps_to_no_text_are_read_as_tatweel()
    {
        var glyphs = Seen(Rtl("الكويت"));
        // A flat stroke on the baseline between ك and ل, mapped to «#» …
        glyphs.Insert(4, new PdfGlyph("#", 0, 0, 700, Size, InkBottom: 700, InkTop: 701, InkWidth: 3));
        for (var i = 0; i < glyphs.Count; i++) glyphs[i] = glyphs[i] with { Left = 50 + i * 5, Right = 55 + i * 5 };
        Assert.Equal("الـكويت", Read(glyphs));
        // … or a lone Latin letter inside the word, whatever its outline.
        Assert.Equal("الـكويت", Read(Seen(Rtl("الـكويت").Replace('\u0640', 'Á'))));
        // A control character takes its place and no text.
        Assert.Equal("الكويت", Read(Seen(Rtl("ال\bكويت"))));
    }

    [Fact]
    public void Words_part_at_gaps_without_space_glyphs()
    {
        List<PdfGlyph> glyphs = [new("ا", 50, 55, 700, Size), new("ب", 55.2, 60, 700, Size), new("ج", 63, 68, 700, Size)];
        Assert.Equal("ج با", Read(glyphs));
    }

    [Fact]
    public void Lines_read_top_to_bottom_with_blank_lines_between_paragraphs_and_after_a_headline()
    {
        var text = Read(
            Seen(Rtl("عنوان الخبر"), 760, 18),
            Seen(Rtl("سطر أول"), 730), Seen(Rtl("سطر ثان"), 715), Seen(Rtl("سطر ثالث"), 700),
            Seen(Rtl("فقرة ثانية"), 670));
        Assert.Equal("عنوان الخبر\n\nسطر أول\nسطر ثان\nسطر ثالث\n\nفقرة ثانية", text);
    }

    [Fact]
    public void Pages_are_apart()
    {
        var text = PdfReadingOrder.Text([Seen(Rtl("صفحة أولى")), [], Seen(Rtl("صفحة ثانية"))]);
        Assert.Equal("صفحة أولى\n\nصفحة ثانية", text);
    }
}
