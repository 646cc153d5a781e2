using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rasd.Tests.EndToEnd;

/// <summary>The rasd command as users and scripts call it: its names, flags, exit codes and JSON.</summary>
public class CliTests
{
    private static (int Code, string Out, string Err) Rasd(params string[] args) => TestSupport.RunRasd(args);

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
    public void A_story_republished_counts_as_one_source()
    {
        var dir = TestSupport.TempDir();
        const string story = "وصل المشير خليفة حفتر إلى موسكو في السابع من نوفمبر في زيارة رسمية يبحث خلالها مع المسؤولين الروس الأوضاع في ليبيا والتعاون العسكري بين البلدين وسبل دعم الاستقرار في المنطقة.";
        File.WriteAllText(Path.Combine(dir, "a.txt"), "حفتر في موسكو\nتم النشر: 2018/11/09\n" + story + "\n");
        File.WriteAllText(Path.Combine(dir, "b.txt"), "زيارة حفتر\nتم النشر: 2018/11/09\n" + story + " والتقى وزير الدفاع.\n");
        File.WriteAllText(Path.Combine(dir, "c.txt"), "تم النشر: 2018/11/10\nقالت وكالة إنترفاكس إن حفتر وصل إلى موسكو في السابع من نوفمبر، وهي زيارته الثانية هذا العام.\n");
        var data = TestSupport.TempDir();
        var output = Path.Combine(data, "result.json");
        Assert.Equal(0, Rasd("analyze", dir, "--data", data, "--out", output).Code);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var visit = json.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "visit");
        Assert.Equal(3, visit.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("doc").GetString()).Distinct().Count());
        Assert.Equal(2, visit.GetProperty("sources").GetInt32()); // a and b are one story
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

        var csv = Rasd("timeline", "--data", data, "--format", "csv");
        Assert.True(csv.Code == 0, csv.Err);
        var rows = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,date,date_start,date_end,precision,type,plover,summary", rows[0], StringComparison.Ordinal);
        int eventCount;
        using (var all = JsonDocument.Parse(Rasd("timeline", "--data", data, "--format", "json").Out)) eventCount = all.RootElement.GetProperty("events").GetArrayLength();
        Assert.Equal(eventCount + 1, rows.Length); // a sentence's commas and quotes are quoted, its line breaks never split a row
        Assert.Contains(rows, r => r.Contains(",2018-11-07,", StringComparison.Ordinal) && r.Contains("khalifa-haftar", StringComparison.Ordinal));

        var plover = Rasd("timeline", "--data", data, "--format", "plover", "--entity", "بوتين");
        Assert.True(plover.Code == 0, plover.Err);
        using (var records = JsonDocument.Parse(plover.Out))
        {
            var list = records.RootElement.EnumerateArray().ToList();
            Assert.NotEmpty(list);
            Assert.All(list, r => Assert.Equal("CONSULT", r.GetProperty("eventType").GetString()));
            var putin = list.SelectMany(r => r.GetProperty("actor").EnumerateArray().Concat(r.GetProperty("recipient").EnumerateArray())).First(a => a.GetProperty("id").GetString() == "vladimir-putin");
            Assert.Equal("Q7747", putin.GetProperty("wikidata").GetString());
            Assert.All(list, r => Assert.NotEmpty(r.GetProperty("sources").EnumerateArray()));
        }
        Assert.NotEqual(0, Rasd("timeline", "--data", data, "--format", "xml").Code);

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

    [Fact]
    public void Train_ner_trains_on_a_slice_and_ner_tags_and_scores_with_the_model_it_wrote()
    {
        var dir = TestSupport.TempDir();
        var sentences = File.ReadAllText(TestSupport.SharedDataset("anercorp", "train.txt")).Split("\n\n").Take(300).ToList();
        var slice = Path.Combine(dir, "slice.txt");
        File.WriteAllText(slice, string.Join("\n\n", sentences) + "\n");
        var model = Path.Combine(dir, "ner.bin.gz");
        var train = Rasd("train-ner", "--train", slice, "--dev-share", "0.2", "--epochs", "2", "--bits", "16", "--out", model);
        Assert.True(train.Code == 0, train.Err);
        Assert.Contains("training on 240 sentences", train.Out, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"epoch  2: .* dev P [0-9.]+ R [0-9.]+ F1 [0-9.]+", RegexOptions.NonBacktracking), train.Out);
        Assert.Contains("written to " + model, train.Out, StringComparison.Ordinal);

        // Tagging the dev part with the model written: token TAB tag, a blank line after each sentence, scored on stderr.
        var devPart = Path.Combine(dir, "dev.txt");
        File.WriteAllText(devPart, string.Join("\n\n", sentences.Skip(240)) + "\n");
        var tagged = Rasd("ner", "--conll", devPart, "--model", model);
        Assert.True(tagged.Code == 0, tagged.Err);
        Assert.Matches(new Regex(@"overall +[0-9.]+ +[0-9.]+ +[0-9.]+", RegexOptions.NonBacktracking), tagged.Err);
        var output = tagged.Out.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var input = sentences.Skip(240).Select(s => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ToList()).ToList();
        Assert.Equal(input.Count, output.Count);
        Assert.Equal(input.SelectMany(s => s), output.SelectMany(s => s).Select(l => l.Split('\t')[0]));
        Assert.All(output.SelectMany(s => s), l => Assert.Matches(new Regex(@"^\S+\t(O|[BI]-(LOC|MISC|ORG|PERS))$", RegexOptions.NonBacktracking), l));
        // The model round-trips: loaded here, it tags as the command did.
        var recognizer = global::Rasd.Analysis.Entities.Ner.NamedEntityRecognizer.Load(model);
        Assert.Equal(output.SelectMany(s => s).Select(l => l.Split('\t')[1]), recognizer.TagDocument([.. input]).SelectMany(s => s));

        // Without tags there is nothing to score, and --score says so; the embedded model is used without --model.
        var plain = Path.Combine(dir, "plain.txt");
        File.WriteAllText(plain, "وصل\nالرئيس\nجاك\nشيراك\nإلى\nالقاهرة\n\nوقال\nشيراك\n");
        var untagged = Rasd("ner", "--conll", plain);
        Assert.True(untagged.Code == 0, untagged.Err);
        Assert.Equal("", untagged.Err);
        Assert.StartsWith("وصل\tO\nالرئيس\tO\nجاك\tB-PERS\nشيراك\tI-PERS\nإلى\tO\nالقاهرة\tB-LOC\n\nوقال\tO\nشيراك\tB-PERS\n", untagged.Out, StringComparison.Ordinal);
        var noGold = Rasd("ner", "--conll", plain, "--score");
        Assert.Equal(1, noGold.Code);
        Assert.Contains(plain + ": no tags to score against", noGold.Err, StringComparison.Ordinal);

        // Bad input: the path and the line; a file that is no model; a missing file.
        var bad = Path.Combine(dir, "bad.txt");
        File.WriteAllText(bad, "في O\nالقاهرة B-LOC زائد\n");
        var badRun = Rasd("ner", "--conll", bad, "--model", model);
        Assert.Equal(1, badRun.Code);
        Assert.Contains(bad + ":2: expected 'token' or 'token TAG'", badRun.Err, StringComparison.Ordinal);
        var notModel = Rasd("ner", "--conll", devPart, "--model", slice);
        Assert.Equal(1, notModel.Code);
        Assert.Contains(slice + ": not a Rasd named-entity model", notModel.Err, StringComparison.Ordinal);
        var missing = Rasd("train-ner", "--train", "/nonexistent/train.txt", "--out", model);
        Assert.Equal(1, missing.Code);
        Assert.Contains("/nonexistent/train.txt", missing.Err, StringComparison.Ordinal);
        Assert.Equal(1, Rasd("train-ner", "--train", slice, "--bits", "40", "--out", model).Code);
    }

    [Fact]
    public void Analyze_indexes_the_articles_and_search_finds_them_with_facets_and_snippets()
    {
        var dir = TestSupport.TempDir();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "حفتر في موسكو\nتم النشر: 2018/11/09\nوصل المشير خليفة حفتر إلى موسكو والتقى وزير الدفاع الروسي سيرغي شويغو.\n");
        File.WriteAllText(Path.Combine(dir, "b.txt"), "اجتماع في القاهرة\nتم النشر: 2016/03/02\nاجتمع الوزراء العرب في القاهرة لبحث الأزمة الليبية.\n");
        var data = TestSupport.TempDir();
        Assert.Equal(0, Rasd("analyze", dir, "--data", data).Code);

        var search = Rasd("search", "الوزير", "--data", data, "--json");
        Assert.Equal(0, search.Code);
        using (var json = JsonDocument.Parse(search.Out))
        {
            var root = json.RootElement;
            Assert.Equal(2, root.GetProperty("total").GetInt32());
            var hit = root.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("date").GetString() == "2016-03-02");
            var snippet = hit.GetProperty("snippets")[0];
            var text = snippet.GetProperty("text").GetString()!;
            var start = snippet.GetProperty("start").GetInt32();
            var mark = snippet.GetProperty("highlights")[0];
            Assert.Equal("الوزراء", text[(mark.GetProperty("start").GetInt32() - start)..(mark.GetProperty("end").GetInt32() - start)]);
            Assert.Contains(root.GetProperty("facets").GetProperty("people").EnumerateArray(), v => v.GetProperty("value").GetString() == "خليفة حفتر");
        }
        var table = Rasd("search", "entity:شويغو AND date:2018", "--data", data);
        Assert.Equal(0, table.Code);
        Assert.Contains("1 documents match", table.Out, StringComparison.Ordinal);
        Assert.Contains("حفتر في موسكو", table.Out, StringComparison.Ordinal);

        var bad = Rasd("search", "colour:red", "--data", data);
        Assert.Equal(1, bad.Code);
        Assert.Contains("No field 'colour'", bad.Err, StringComparison.Ordinal);

        // The index is built again from the store on demand, and gives the same hits.
        Directory.Delete(Path.Combine(data, "index"), recursive: true);
        Assert.Contains("No search index", Rasd("search", "حفتر", "--data", data).Err, StringComparison.Ordinal);
        Assert.Equal(0, Rasd("index", "--data", data).Code);
        Assert.Contains("1 documents match", Rasd("search", "حفتر", "--data", data).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_for_a_known_entity_ranks_first_where_the_words_are_its_name()
    {
        // A short football report has the words twice and would rank first on the words alone; there they are UEFA.
        var dir = TestSupport.TempDir();
        File.WriteAllText(Path.Combine(dir, "uefa.txt"), "الاتحاد الأوروبي يوقف المدرب\nتم النشر: 2018/03/02\nأوقف الاتحاد الأوروبي المدرب مباراتين بعد المباراة، وقال النادي إن اللاعب لن يغيب.\n");
        File.WriteAllText(Path.Combine(dir, "eu.txt"), "الاتحاد الأوروبي يفرض عقوبات جديدة\nتم النشر: 2018/03/02\nقررت الدول الأعضاء فرض عقوبات جديدة على روسيا، وقال مسؤولون في بروكسل إن الاتحاد الأوروبي سيبحث توسيعها الشهر المقبل في اجتماع وزراء الخارجية.\n");
        // Other news, as an archive has: how rare a word is counts.
        for (var i = 0; i < 6; i++)
            File.WriteAllText(Path.Combine(dir, $"other{i}.txt"), $"خبر {i}\nتم النشر: 2018/03/0{i + 1}\nوصل وزير الخارجية إلى القاهرة في زيارة تستغرق {i + 2} أيام يلتقي خلالها نظيره.\n");
        var data = TestSupport.TempDir();
        Assert.Equal(0, Rasd("analyze", dir, "--data", data).Code);
        var search = Rasd("search", "\"الاتحاد الأوروبي\"", "--data", data, "--json");
        Assert.Equal(0, search.Code);
        using var json = JsonDocument.Parse(search.Out);
        var sources = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => Path.GetFileName(h.GetProperty("source").GetString())).ToList();
        Assert.Equal(["eu.txt", "uefa.txt"], sources);
    }
}
