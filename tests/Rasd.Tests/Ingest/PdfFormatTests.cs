using System.Diagnostics;
using System.Text;
using Rasd.Core.Text;
using Rasd.Ingest;
using Rasd.Ingest.Formats;

namespace Rasd.Tests.Ingest;

/// <summary>
/// PDFs read in logical order: a fixture typeset by LibreOffice (Fixtures/pdf/README.md says how),
/// the shared real gazette, handmade PDFs with no text, and damaged files.
/// </summary>
public class PdfFormatTests
{
    private static string Fixture(string name) => Path.Combine(TestSupport.RepoRoot, "tests", "Rasd.Tests", "Fixtures", "pdf", name);

    private static string Flat(string text) => string.Join(' ', text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void An_Arabic_pdf_from_LibreOffice_reads_in_logical_order_with_its_title()
    {
        var path = Fixture("arabic-news.pdf");
        var read = SourceReader.Read(path);
        Assert.Null(read.Error);
        var document = read.Document!;
        Assert.Equal("زيارة حفتر إلى موسكو", document.Title);
        Assert.Equal(StableId.OfBytes(File.ReadAllBytes(path)), document.Id);
        var paragraphs = document.RawText.Split("\n\n");
        Assert.Equal(3, paragraphs.Length); // the headline and two paragraphs
        Assert.Equal("زيارة حفتر إلى موسكو", paragraphs[0]);
        // Latin and numbers read left to right inside the right-to-left line, the paragraph's lines top to bottom.
        Assert.Equal("وصل اللواء الليبي المتقاعد خليفة حفتر إلى العاصمة الروسية موسكو يوم الأحد 27 نوفمبر 2016 لإجراء مباحثات مع المسؤولين الروس، بحسب وكالة (RIA Novosti) الروسية.",
            Flat(paragraphs[1]));
        Assert.Equal("وقال مصدر إن نسبة التأييد بلغت 75% في استطلاع أجري في 9-9-2016، وإن الزيارة تستهدف توطيد العلاقات بين البلدين.", Flat(paragraphs[2]));
    }

    [Fact]
    public void The_shared_official_gazette_reads_whole_words_in_order()
    {
        var path = Path.Combine(TestSupport.SharedCorpus, "arabic-pdf", "egypt_official_gazette_2022-03-06_issue9bis.pdf");
        var document = SourceReader.Read(path).Document!;
        var text = Flat(document.RawText);
        Assert.Contains("قانون رقم 8 لسنة 2022 بشأن إصدار قانون المنشآت الفندقية والسياحية", text, StringComparison.Ordinal);
        Assert.Contains("(المادة الأولى) تسرى أحكام هذا القانون والقانون المرافق على جميع المنشآت الفندقية والسياحية", text, StringComparison.Ordinal); // kashida repaired
        Assert.Contains("مع عدم الإخلال بأحكام قانون نظام الإدارة المحلية الصادر بالقانون رقم 43 لسنة 1979", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', document.RawText);
        Assert.Contains(document.Repairs, r => r.Kind == Rasd.Core.Model.RepairKind.Kashida);
        Assert.StartsWith("2 الجريدة الرسمية - العدد 9 (مكرر)", document.Title, StringComparison.Ordinal); // no Info title: the first paragraph, the page's header
    }

    [Fact]
    public void An_encrypted_pdf_says_so() =>
        Assert.Equal("the PDF is encrypted (a password is needed)", SourceReader.Read(Fixture("encrypted.pdf")).Error);

    [Fact]
    public void A_pdf_without_text_has_no_text_layer()
    {
        Assert.Equal(PdfFormat.NoTextLayer, Read(MinimalPdf("0 0 1 rg 10 10 50 50 re f")).Error); // a drawing, no text
        Assert.Equal(PdfFormat.NoTextLayer, Read(MinimalPdf("q 100 0 0 100 0 0 cm /Im1 Do Q", image: true)).Error); // a scan
    }

    [Fact]
    public void Damaged_pdfs_fail_clearly()
    {
        var bytes = File.ReadAllBytes(Fixture("arabic-news.pdf"));
        var random = new Random(7);
        var noise = new byte[4096];
        random.NextBytes(noise);
        foreach (var damaged in (byte[][])[bytes[..(bytes.Length / 2)], [.. "%PDF-"u8, .. noise], [.. "%PDF-"u8]])
        {
            var read = Read(damaged);
            Assert.Null(read.Document);
            Assert.StartsWith("not a readable PDF: ", read.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Corrupted_bytes_give_a_document_or_a_reason_and_never_hang()
    {
        var bytes = File.ReadAllBytes(Fixture("arabic-news.pdf"));
        var random = new Random(20261202);
        var watch = Stopwatch.StartNew();
        for (var n = 0; n < 40; n++)
        {
            var copy = (byte[])bytes.Clone();
            for (var k = 0; k < 8; k++) copy[random.Next(5, copy.Length)] = (byte)random.Next(256);
            var read = Read(copy);
            Assert.True(read.Document is not null ^ read.Error is not null);
        }
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("Microsoft Word - خبر.docx", null)]
    [InlineData("khabar.pdf", null)]
    [InlineData("Layout 1", null)] // a Latin title on an Arabic text is the producer's
    [InlineData("  ", null)]
    [InlineData(" زيارة حفتر إلى موسكو ", "زيارة حفتر إلى موسكو")]
    public void The_info_title_is_kept_when_sensible(string title, string? expected) =>
        Assert.Equal(expected, PdfFormat.SensibleTitle(title, "نص عربي عن الزيارة"));

    [Fact]
    public void Without_an_info_title_the_headline_is_the_first_paragraph() =>
        Assert.Equal("زيارة حفتر إلى العاصمة الروسية", PdfFormat.Headline("زيارة حفتر إلى\nالعاصمة الروســية\n\nوصل حفتر"));

    private static ReadResult Read(byte[] bytes) =>
        SourceReader.ReadAll(SourceFile.InMemory("test.pdf", bytes)).Single();

    /// <summary>A one-page PDF with the given content stream (and a 1×1 image as /Im1), with a correct cross-reference table.</summary>
    private static byte[] MinimalPdf(string content, bool image = false)
    {
        var resources = image ? "/Resources << /XObject << /Im1 5 0 R >> >>" : "";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R {resources} >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        };
        if (image) objects.Add("<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\u0080\nendstream");
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
