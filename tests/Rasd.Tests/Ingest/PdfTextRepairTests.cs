using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Ingest;
using Rasd.Ingest.Repair;

namespace Rasd.Tests.Ingest;

/// <summary>The repair of text damaged by PDF extraction, on hand-built damage and on seed 003.</summary>
public class PdfTextRepairTests
{
    private static readonly PdfTextRepair Repair = PdfTextRepair.Default;

    [Fact]
    public void A_line_cut_at_ra_ya_and_emitted_backwards_is_put_back_in_order()
    {
        // «… وزيري الدفاع» cut after «وز»: the piece from «يري» on was emitted first.
        var reordered = Repair.Reorder("يري الدفاع والخارجية وبحسب وسائل الإعلام الروسية سيجري حفتر مباحثات مع وز", WordBigrams.SentenceStart, "سيرغي");
        Assert.NotNull(reordered);
        Assert.Contains("مع وزيري الدفاع", reordered, StringComparison.Ordinal);
        Assert.DoesNotContain(" وز ", reordered + " ", StringComparison.Ordinal);
    }

    [Fact]
    public void Three_pieces_come_back_in_reverse_order()
    {
        // «بحث خلال تلك الزيارة مع وزير الدفاع الروسي»: cut after «الز» and after «وز».
        var reordered = Repair.Reorder("ير الدفاع الروسي وأمين مجلس الأمن يارة مع وز من يونيو الماضي، بحث خلال تلك الز", WordBigrams.SentenceStart, null);
        Assert.Equal("من يونيو الماضي، بحث خلال تلك الزيارة مع وزير الدفاع الروسي وأمين مجلس الأمن", reordered);
    }

    [Theory]
    [InlineData("يقول المتحدث إن الوزير سيزور القاهرة ويلتقي الأمير")] // starts with ي, ends with ر: no join makes a word
    [InlineData("زار حفتر موسكو أمس والتقى وزير الدفاع")]
    public void A_whole_line_is_left_alone(string line) => Assert.Null(Repair.Reorder(line, WordBigrams.SentenceStart, null));

    [Fact]
    public void Undamaged_text_comes_back_unchanged_with_no_repairs()
    {
        const string text = "يقول المتحدث إن الوزير سيزور القاهرة ويلتقي الأمير\nوصل حفتر إلى موسكو أمس.";
        var repaired = Repair.Repair(text);
        Assert.Equal(text, repaired.Text);
        Assert.Empty(repaired.Repairs);
        Assert.False(Repair.IsDamaged(text));
    }

    [Fact]
    public void Kashida_lost_digits_and_paragraph_breaks_inside_sentences_are_repaired_and_recorded()
    {
        const string text = "وصـــل حفـــتر إلى موســـكو في\n\nزيـــارة رسميـــة.\nوكان قد زارها يوم \uE009\uE00E من حزيران الماضي.\n";
        var repaired = Repair.Repair(text);
        Assert.Equal("وصل حفتر إلى موسكو في زيارة رسمية.\nوكان قد زارها يوم  من حزيران الماضي.", repaired.Text);
        Assert.Contains(repaired.Repairs, r => r.Kind == RepairKind.Kashida);
        Assert.Contains(repaired.Repairs, r => r.Kind == RepairKind.ParagraphJoin);
        var lost = Assert.Single(repaired.Repairs, r => r.Kind == RepairKind.DigitsLost);
        Assert.Equal("\uE009\uE00E", lost.Source.SliceString(text));
        Assert.All(repaired.Repairs, r => Assert.InRange(r.Source.End, r.Source.Start, text.Length));
    }

    [Fact]
    public void Consecutive_cut_lines_are_read_together_each_in_its_best_order()
    {
        // Two wrapped lines of one paragraph, both cut at «ر/ز + ي» and emitted backwards: the first
        // line's end must be read against the second line's true start, not its «ي» fragment.
        const string text = "يارة رسمية تستغرق يومين وصل المشير خليفة حفتر إلى موسكو في ز\nيري الخارجية والدفاع الروسيين. والتقى خلالها بوز\n";
        var repaired = Repair.Repair(text);
        Assert.Equal("وصل المشير خليفة حفتر إلى موسكو في زيارة رسمية تستغرق يومين والتقى خلالها بوزيري الخارجية والدفاع الروسيين.", repaired.Text);
        Assert.Equal(2, repaired.Repairs.Count(r => r.Kind == RepairKind.LineOrder));
    }

    [Fact]
    public void A_line_ending_in_a_closing_quote_goes_on_with_the_next_line_unless_a_full_stop_precedes_it()
    {
        const string text = "وصـــل حفـــتر في زيارة وصفت بـ”الرسمية”\nأمس الأحد. وقال المتحدث ”لا تعليق.”\nثم غادر.\n";
        Assert.Equal("وصل حفتر في زيارة وصفت ب”الرسمية” أمس الأحد. وقال المتحدث ”لا تعليق.”\nثم غادر.", Repair.Repair(text).Text);
    }

    [Fact]
    public void Seed_003_reads_with_words_whole_and_no_kashida_and_the_other_seeds_are_untouched()
    {
        foreach (var file in Directory.EnumerateFiles(TestSupport.Seeds).Order(StringComparer.Ordinal))
        {
            var read = SourceReader.Read(file).Document!;
            var raw = File.ReadAllText(file).TrimStart('\uFEFF');
            if (!file.EndsWith("003_ec8d3b60c03d02b9.txt", StringComparison.Ordinal))
            {
                Assert.Equal(raw, read.RawText);
                Assert.Empty(read.Repairs);
                continue;
            }
            Assert.Equal(raw, read.ReadText);
            Assert.DoesNotContain('\u0640', read.RawText);
            Assert.StartsWith("وصل اللواء الليبي المتقاعد خليفة حفتر العاصمة الروسية موسكو في زيارة وصفت ب”الرسمية” أمس الأحد", read.RawText, StringComparison.Ordinal);
            foreach (var whole in new[] { "في زيارة وصفت", "وزيري الدفاع", "الزيارة الرسمية", "وزير الدفاع الروسي", "لتعزيز الاستقرار", "هذه الزيارة لم تكن الأولى" })
                Assert.Contains(whole, read.RawText, StringComparison.Ordinal);
            foreach (var fragment in new[] { " يارة ", " وز ", " يري " })
                Assert.DoesNotContain(fragment, " " + read.RawText + " ", StringComparison.Ordinal);
            Assert.Contains(read.Repairs, r => r.Kind == RepairKind.LineOrder);
        }
    }
}
