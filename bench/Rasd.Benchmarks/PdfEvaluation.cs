using System.Diagnostics;
using System.Net;
using System.Text;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Ingest;
using Rasd.Ingest.Formats;

namespace Rasd.Benchmarks;

/// <summary>
/// How well <see cref="PdfFormat"/> reads real Arabic PDFs: corpus articles are typeset by
/// LibreOffice (right-to-left paragraphs, an Arabic font, justified and not), read back, and scored
/// by word accuracy — the share of the original's words found in order (a word-level longest
/// common subsequence, in match form) — and by word-bigram recall, for the text as extracted and
/// for the document after the PDF repair. Needs <c>soffice</c> (Debian: libreoffice-writer-nogui,
/// fonts-hosny-amiri, fonts-kacst; DejaVu comes with LibreOffice); the PDFs are made in a temporary folder.
/// </summary>
public static class PdfEvaluation
{
    /// <summary>The layouts the articles are typeset in: a CSS font family and text alignment.</summary>
    private static readonly (string Name, string Font, string Align)[] Layouts =
        [("Amiri, justified", "Amiri", "justify"), ("KacstBook, right-aligned", "KacstBook", "right"), ("DejaVu Sans, justified", "DejaVu Sans", "justify")];

    /// <summary>Typesets and scores the articles; with <paramref name="keep"/>, the folder of HTML, PDF and extracted text stays for a look.</summary>
    public static int Run(int articles, bool keep)
    {
        if (FindOnPath("soffice") is not { } soffice)
        {
            Console.Error.WriteLine("soffice not found: install LibreOffice (Debian: apt-get install libreoffice-writer-nogui fonts-hosny-amiri fonts-kacst)");
            return 2;
        }
        var texts = Corpus.Articles(articles * 3).Where(a => a.Text.Length > 800).Take(articles).ToList();
        var root = Path.Combine(Path.GetTempPath(), "rasd-pdf-eval-" + Environment.ProcessId);
        try
        {
            for (var l = 0; l < Layouts.Length; l++)
            {
                var (name, font, align) = Layouts[l];
                var input = Directory.CreateDirectory(Path.Combine(root, $"layout{l}", "html")).FullName;
                var output = Directory.CreateDirectory(Path.Combine(root, $"layout{l}", "pdf")).FullName;
                for (var i = 0; i < texts.Count; i++) File.WriteAllText(Path.Combine(input, $"{i:D3}.html"), Html(texts[i], font, align));
                var watch = Stopwatch.StartNew();
                Convert(soffice, Path.Combine(root, "profile"), input, output);
                Console.WriteLine($"{name}: {texts.Count} articles typeset by LibreOffice in {watch.Elapsed.TotalSeconds:0.0} s");
                Score(texts, output);
            }
        }
        finally
        {
            if (keep) Console.WriteLine($"kept: {root}");
            else Directory.Delete(root, recursive: true);
        }
        return 0;
    }

    private static void Score(List<CorpusRecord> texts, string pdfs)
    {
        var raw = new Tally();
        var repaired = new Tally();
        var failures = 0;
        var pages = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < texts.Count; i++)
        {
            var path = Path.Combine(pdfs, $"{i:D3}.pdf");
            var read = File.Exists(path) ? SourceReader.Read(path) : ReadResult.Failed(path, "not made");
            if (read.Document is not { } document)
            {
                failures++;
                Console.WriteLine($"  {path}: {read.Error}");
                continue;
            }
            pages += CountPages(path);
            File.WriteAllText(Path.ChangeExtension(path, ".txt"), document.RawText);
            var original = texts[i].Title + "\n\n" + texts[i].Text;
            raw.Add(original, document.ReadText ?? document.RawText);
            repaired.Add(original, document.RawText);
        }
        Console.WriteLine($"  read back: {texts.Count - failures} documents, {pages} pages, in {watch.Elapsed.TotalSeconds:0.0} s; {failures} failed");
        Console.WriteLine($"  as extracted: word accuracy {raw.Accuracy:0.0000}, extra words {raw.Extra:0.0000}, word-bigram recall {raw.BigramRecall:0.0000}");
        Console.WriteLine($"  repaired:     word accuracy {repaired.Accuracy:0.0000}, extra words {repaired.Extra:0.0000}, word-bigram recall {repaired.BigramRecall:0.0000}");
    }

    /// <summary>What a PDF yields: pages, characters, lines, and the first lines of its text.</summary>
    public static void Show(string path, int sampleLines)
    {
        var (text, title) = PdfFormat.Extract(File.ReadAllBytes(path));
        var read = SourceReader.Read(path);
        var lines = text.Split('\n');
        Console.WriteLine($"{path}: {CountPages(path)} pages, {text.Length:N0} characters, {lines.Count(l => l.Length > 0):N0} lines, {Words(text).Count:N0} words; Info title: «{title}»");
        Console.WriteLine($"document title: «{read.Document?.Title}»; repairs: {string.Join(", ", read.Document?.Repairs.GroupBy(r => r.Kind).Select(g => $"{g.Key} {g.Count()}") ?? [])}");
        foreach (var line in lines.Take(sampleLines)) Console.WriteLine("  | " + line);
    }

    private static int CountPages(string path)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        return pdf.NumberOfPages;
    }

    private static string Html(CorpusRecord article, string font, string align)
    {
        var sb = new StringBuilder();
        sb.Append($"<!DOCTYPE html><html dir=\"rtl\" lang=\"ar\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(article.Title)}</title>");
        sb.Append($"<style>body {{ font-family: '{font}'; font-size: 12pt; }} p {{ text-align: {align}; }} h1 {{ font-family: '{font}'; font-size: 18pt; }}</style></head><body>");
        sb.Append($"<h1>{WebUtility.HtmlEncode(article.Title)}</h1>");
        foreach (var paragraph in article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            sb.Append($"<p>{WebUtility.HtmlEncode(paragraph)}</p>");
        sb.Append("</body></html>");
        return sb.ToString();
    }

    /// <summary>Every HTML file of a folder to PDF in one LibreOffice run, with a profile of its own (so that it runs beside another).</summary>
    private static void Convert(string soffice, string profile, string input, string output)
    {
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-env:UserInstallation=file://" + profile, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", output])
            start.ArgumentList.Add(arg);
        foreach (var file in Directory.EnumerateFiles(input).Order(StringComparer.Ordinal)) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    /// <summary>The words of a text in match form: Arabic and Latin words and numbers, in order.</summary>
    private static List<string> Words(string text) =>
        [.. Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(text), segmenter: null).Where(t => t.Kind is TokenKind.Word or TokenKind.Latin or TokenKind.Number).Select(t => t.Form)];

    private sealed class Tally
    {
        private long _words, _found, _read, _bigrams, _bigramsFound;

        public double Accuracy => (double)_found / _words;

        /// <summary>The share of the words read that are not the original's (in order): junk, or words read apart.</summary>
        public double Extra => 1 - (double)_found / _read;

        public double BigramRecall => (double)_bigramsFound / _bigrams;

        public void Add(string original, string read)
        {
            var expected = Words(original);
            var actual = Words(read);
            var common = CommonSubsequence(expected, actual);
            _words += expected.Count;
            _read += actual.Count;
            _found += common;
            var want = RepairEvaluation.Bigrams(original);
            var got = RepairEvaluation.Bigrams(read);
            _bigrams += want.Values.Sum();
            _bigramsFound += RepairEvaluation.Overlap(want, got);
        }

        private static int CommonSubsequence(List<string> a, List<string> b)
        {
            var previous = new int[b.Count + 1];
            var current = new int[b.Count + 1];
            foreach (var word in a)
            {
                for (var j = 0; j < b.Count; j++)
                    current[j + 1] = string.Equals(word, b[j], StringComparison.Ordinal) ? previous[j] + 1 : Math.Max(previous[j + 1], current[j]);
                (previous, current) = (current, previous);
            }
            return previous[b.Count];
        }
    }
}
