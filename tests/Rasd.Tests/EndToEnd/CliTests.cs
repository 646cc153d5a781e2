using System.Diagnostics;
using System.Text.Json;

namespace Rasd.Tests.EndToEnd;

/// <summary>The rasd command as users and scripts call it: its names, flags, exit codes and JSON.</summary>
public class CliTests
{
    private static (int Code, string Out, string Err) Rasd(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestSupport.TempDir() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rasd.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("rasd did not finish: " + string.Join(' ', args)); }
        return (p.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void An_undated_article_takes_its_date_from_another_report_of_the_same_event()
    {
        var dir = TestSupport.TempDir();
        File.WriteAllText(Path.Combine(dir, "dated.txt"), "حفتر في موسكو\nتم النشر: 2018/11/09\nوصل المشير خليفة حفتر إلى موسكو في السابع من نوفمبر والتقى وزير الدفاع الروسي سيرغي شويغو.\n");
        File.WriteAllText(Path.Combine(dir, "undated.txt"), "زيارة مفاجئة\nوصل المشير خليفة حفتر إلى موسكو أمس في زيارة لم يعلن عنها.\n");
        var data = TestSupport.TempDir();
        var output = Path.Combine(data, "result.json");
        Assert.Equal(0, Rasd("analyze", dir, "--data", data, "--out", output).Code);
        var documents = JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetProperty("documents").EnumerateArray().ToList();
        var undated = documents.Single(d => d.GetProperty("source").GetString()!.EndsWith("undated.txt", StringComparison.Ordinal));
        var published = undated.GetProperty("published");
        // «أمس» in a report of the visit of the 7th: written on the 8th.
        Assert.Equal(("2018-11-08", "inferred"), (published.GetProperty("value").GetString(), published.GetProperty("how").GetString()));
        var yesterday = undated.GetProperty("times").EnumerateArray().Single();
        Assert.Equal("2018-11-07", yesterday.GetProperty("value").GetProperty("value").GetString());
    }

    [Fact]
    public void Analyze_then_timeline_then_show()
    {
        var data = TestSupport.TempDir();
        var outFile = Path.Combine(data, "result.json");
        var analyze = Rasd("analyze", TestSupport.Seeds, "--data", data, "--out", outFile);
        Assert.True(analyze.Code == 0, analyze.Err);
        Assert.Contains("5 read, 5 analyzed, 0 failed", analyze.Out, StringComparison.Ordinal);
        Assert.Contains("2018-11-07", analyze.Out, StringComparison.Ordinal);
        using (var result = JsonDocument.Parse(File.ReadAllText(outFile)))
            Assert.Equal(5, result.RootElement.GetProperty("documents").GetArrayLength());

        var timeline = Rasd("timeline", "--data", data, "--entity", "شويجو", "--from", "2025", "--json");
        Assert.True(timeline.Code == 0, timeline.Err);
        using (var json = JsonDocument.Parse(timeline.Out))
        {
            var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
            Assert.NotEmpty(events);
            Assert.All(events, e => Assert.StartsWith("2025", e.GetProperty("date").GetProperty("start").GetString(), StringComparison.Ordinal));
            Assert.All(events, e => Assert.Contains("sergei-shoigu", e.GetProperty("actors").EnumerateArray().Concat(e.GetProperty("counterparts").EnumerateArray()).Select(x => x.GetString())));
        }

        var table = Rasd("timeline", "--data", data, "--type", "visit");
        Assert.Equal(0, table.Code);
        Assert.DoesNotContain("meeting", table.Out, StringComparison.Ordinal);

        var show = Rasd("show", Path.Combine(TestSupport.Seeds, "004_86d1016291de20f4.txt"), "--data", data);
        Assert.Equal(0, show.Code);
        Assert.Contains("2025-05-08", show.Out, StringComparison.Ordinal);
        Assert.Contains("kb:andrei-belousov", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_is_reported_with_its_path_and_the_rest_goes_on()
    {
        var dir = TestSupport.TempDir();
        File.Copy(Path.Combine(TestSupport.Seeds, "000_9522b40967220a81.txt"), Path.Combine(dir, "good.txt"));
        File.WriteAllBytes(Path.Combine(dir, "broken.txt"), [0xFF, 0xFE, 0x00, 0x01, 0x00]);
        File.WriteAllText(Path.Combine(dir, "empty.txt"), "");
        var run = Rasd("analyze", dir, "--data", Path.Combine(dir, ".data"));
        Assert.Equal(2, run.Code);
        Assert.Contains("3 read, 1 analyzed, 2 failed", run.Out, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(dir, "broken.txt") + ": binary content", run.Err, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(dir, "empty.txt") + ": empty file", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_lexicon_counts_a_corpus_slice()
    {
        var dir = TestSupport.TempDir();
        File.WriteAllText(Path.Combine(dir, "slice.jsonl"), """
            {"id": "1", "title": "حفتر في موسكو", "text": "وصل حفتر إلى موسكو"}
            {"id": "2", "title": "", "text": "التقى حفتر بوتين في موسكو"}
            """);
        var lexicon = Path.Combine(dir, "lexicon.tsv");
        var run = Rasd("build-lexicon", dir, "--out", lexicon, "--min-count", "2");
        Assert.True(run.Code == 0, run.Err);
        var rows = File.ReadAllLines(lexicon).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["form\tcount", "حفتر\t3", "موسكو\t3", "في\t2"], rows);
    }

    [Fact]
    public void Build_bigrams_trains_a_model_on_a_corpus_slice_that_loads_back()
    {
        var dir = TestSupport.TempDir();
        File.WriteAllText(Path.Combine(dir, "slice.jsonl"), """
            {"id": "1", "title": "حفتر في موسكو", "text": "وصل حفتر إلى موسكو"}
            {"id": "2", "title": "", "text": "وصل حفتر إلى موسكو أمس"}
            """);
        var model = Path.Combine(dir, "bigrams.bin.gz");
        var run = Rasd("build-bigrams", dir, "--out", model, "--bits", "12", "--min-count", "2", "--hold-out", "0");
        Assert.True(run.Code == 0, run.Err);
        using var stream = File.OpenRead(model);
        Assert.Equal(Math.Log2(3), global::Rasd.Arabic.WordBigrams.Load(stream).PairLog("حفتر", "الي"), 1);
        Assert.Equal(1, Rasd("build-bigrams", dir, "--out", model, "--bits", "40").Code);
    }

    [Fact]
    public void Text_prints_the_repaired_text_the_analyzers_read()
    {
        var run = Rasd("text", Path.Combine(TestSupport.Seeds, "003_ec8d3b60c03d02b9.txt"), "--repairs");
        Assert.True(run.Code == 0, run.Err);
        Assert.Contains("وزيري الدفاع", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0640', run.Out);
        Assert.Contains("LineOrder", run.Err, StringComparison.Ordinal);
        var plain = Rasd("text", Path.Combine(TestSupport.Seeds, "002_315bf9464dcb6a5d.txt"));
        Assert.Equal(File.ReadAllText(Path.Combine(TestSupport.Seeds, "002_315bf9464dcb6a5d.txt")).TrimStart('\uFEFF').TrimEnd('\n'), plain.Out.TrimEnd('\n'));
        var missing = Rasd("text", "/nonexistent/file.txt");
        Assert.Equal(1, missing.Code);
        Assert.Contains("/nonexistent/file.txt", missing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicates_lists_the_same_story_in_two_files_and_leaves_others_alone()
    {
        var dir = TestSupport.TempDir();
        var seed = File.ReadAllText(Path.Combine(TestSupport.Seeds, "000_9522b40967220a81.txt"));
        File.WriteAllText(Path.Combine(dir, "a.txt"), seed);
        File.WriteAllText(Path.Combine(dir, "b.txt"), "عنوان آخر للخبر نفسه\n" + seed[200..]);
        File.Copy(Path.Combine(TestSupport.Seeds, "004_86d1016291de20f4.txt"), Path.Combine(dir, "c.txt"));
        var run = Rasd("duplicates", dir, "--json");
        Assert.True(run.Code == 0, run.Err);
        var pairs = JsonDocument.Parse(run.Out).RootElement;
        var pair = Assert.Single(pairs.EnumerateArray());
        Assert.Equal(Path.Combine(dir, "a.txt"), pair.GetProperty("a").GetString());
        Assert.Equal(Path.Combine(dir, "b.txt"), pair.GetProperty("b").GetString());
        Assert.Equal(1, Rasd("duplicates", dir, "--threshold", "1.5").Code);
    }

    [Fact]
    public void Usage_errors_are_clear()
    {
        var noStore = Rasd("timeline", "--data", TestSupport.TempDir());
        Assert.Equal(1, noStore.Code);
        Assert.Contains("rasd analyze", noStore.Err, StringComparison.Ordinal);
        var data = TestSupport.TempDir();
        Rasd("analyze", Path.Combine(TestSupport.Seeds, "002_315bf9464dcb6a5d.txt"), "--data", data);
        var badDate = Rasd("timeline", "--data", data, "--from", "November");
        Assert.Equal(1, badDate.Code);
        Assert.Contains("'November' is not a date", badDate.Err, StringComparison.Ordinal);
        Assert.NotEqual(0, Rasd("analyze").Code); // a path is required
    }
}
