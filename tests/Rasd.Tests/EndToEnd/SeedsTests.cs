using NJsonSchema;
using Rasd.Analysis;
using Rasd.Analysis.Entities;
using Rasd.Cli.Running;
using Rasd.Core.Model;
using Rasd.Fusion;
using Rasd.Storage;

namespace Rasd.Tests.EndToEnd;

/// <summary>The whole flow over samples/seeds: what issue #2 asks the timeline to hold.</summary>
public class SeedsTests(SeedRun run) : IClassFixture<SeedRun>
{
    private Event Find(EventType type, string date, params string[] participants) =>
        Assert.Single(run.Result.Events, e => e.Type == type && !e.Negated && e.Date?.Value == date
            && participants.All(p => e.Actors.Contains(p) || e.Counterparts.Contains(p)));

    private string SourceOf(string docId) => run.Store.FindDocument(docId)!.Value.Document.Source;

    [Fact]
    public void All_five_seeds_are_analyzed() => Assert.Equal((5, 0), (run.Summary.Stored, run.Summary.Failures.Count));

    [Theory]
    [InlineData("000_9522b40967220a81.txt", "2018-11-09")]
    [InlineData("002_315bf9464dcb6a5d.txt", "2016-06-30")]
    [InlineData("004_86d1016291de20f4.txt", "2025-05-12")]
    public void Publication_dates_are_read_from_the_text(string file, string date)
    {
        var doc = Assert.Single(run.Store.Documents(), d => d.Document.Source.EndsWith(file, StringComparison.Ordinal));
        Assert.Equal((date, DateSource.Header), (doc.Published.Date?.Value, doc.Published.How));
    }

    [Fact]
    public void Haftar_meets_Shoigu_in_Moscow_on_2018_11_07()
    {
        var e = Find(EventType.Meeting, "2018-11-07", "khalifa-haftar", "sergei-shoigu");
        Assert.Equal("moscow", e.Place);
        Assert.Contains(e.Mentions, m => m.SentenceText.Contains("سيرغي شويغو، في السابع من نوفمبر", StringComparison.Ordinal));
    }

    [Fact]
    public void Haftar_arrives_in_Russia_on_2023_09_26_for_a_visit_that_lasts_to_the_meeting_with_Putin_on_the_28th()
    {
        var e = Find(EventType.Visit, "2023-09-26/2023-09-28", "khalifa-haftar");
        Assert.True(KnowledgeBase.Default.IsWithinId(e.Place!, "russia"));
        Assert.Contains(e.Mentions, m => m.SentenceText.StartsWith("في 26 سبتمبر 2023، وصل", StringComparison.Ordinal));
        Assert.Contains(Find(EventType.Meeting, "2023-09-28", "khalifa-haftar", "vladimir-putin", "sergei-shoigu").Id, e.Meetings);
    }

    [Fact]
    public void Yevkurov_met_Haftar_in_Benghazi_on_2023_09_17_the_two_men_of_the_reception_before() =>
        Assert.Equal("benghazi", Find(EventType.Meeting, "2023-09-17", "khalifa-haftar", "yunus-bek-yevkurov").Place);

    [Theory]
    [InlineData("2016-06")] // 003 (June, no year) with 002 (2016)
    [InlineData("2018-11-07")]
    [InlineData("2020-02")] // only from 001's recap «في نوفمبر 2018، وفبراير 2020»
    public void Each_visit_to_Moscow_is_on_the_timeline_once(string date) =>
        Assert.Equal("moscow", Find(EventType.Visit, date, "khalifa-haftar").Place);

    [Fact]
    public void The_visit_of_2016_and_of_2018_each_have_two_sources()
    {
        Assert.Equal(2, Find(EventType.Visit, "2016-06", "khalifa-haftar").SourceCount);
        Assert.Equal(2, Find(EventType.Visit, "2018-11-07", "khalifa-haftar").SourceCount);
    }

    [Fact]
    public void The_June_2016_visit_groups_the_meeting_with_Patrushev()
    {
        var visit = Find(EventType.Visit, "2016-06", "khalifa-haftar");
        var patrushev = Find(EventType.Meeting, "2016-06", "khalifa-haftar", "nikolai-patrushev");
        Assert.Equal(visit.Id, patrushev.Visit);
        Assert.Contains(patrushev.Id, visit.Meetings);
    }

    [Fact]
    public void The_2025_visit_spans_its_meetings_with_Shoigu_Belousov_and_Putin()
    {
        var visit = Find(EventType.Visit, "2025-05-08/2025-05-10", "khalifa-haftar");
        var putin = Assert.Single(run.Result.Events, e => e.Type == EventType.Meeting && e.Visit == visit.Id && e.Counterparts.Concat(e.Actors).Contains("vladimir-putin"));
        Assert.Equal(3, visit.Meetings.Count);
        Assert.True(putin.Date!.Start >= visit.Date!.Start && putin.Date.End <= visit.Date.End);
    }

    [Fact]
    public void The_talks_planned_in_003_with_Shoigu_and_Lavrov_are_future() =>
        Assert.Contains(run.Result.Events, e => e.Type == EventType.Meeting && e.Future
            && ((string[])["khalifa-haftar", "sergei-shoigu", "sergei-lavrov"]).All(p => e.Actors.Contains(p) || e.Counterparts.Contains(p)));

    [Fact]
    public void Putin_and_Shoigu_meet_Haftar_on_2023_09_28() =>
        Assert.Equal("moscow", Find(EventType.Meeting, "2023-09-28", "khalifa-haftar", "vladimir-putin", "sergei-shoigu").Place);

    [Fact]
    public void Haftar_meets_Shoigu_on_2025_05_09_and_Belousov_on_2025_05_10_in_Moscow()
    {
        var shoigu = Find(EventType.Meeting, "2025-05-09", "khalifa-haftar", "sergei-shoigu");
        var belousov = Find(EventType.Meeting, "2025-05-10", "khalifa-haftar", "andrei-belousov");
        Assert.Equal(("moscow", "moscow"), (shoigu.Place, belousov.Place));
        Assert.DoesNotContain("andrei-belousov", shoigu.Counterparts);
        Assert.Contains(shoigu.Mentions, m => m.SentenceText.Contains("سيرغي شويغو، الجمعة", StringComparison.Ordinal));
    }

    [Fact]
    public void The_meeting_Putin_would_not_hold_is_negated() =>
        Assert.Contains(run.Result.Events, e => e.Negated && e.Type == EventType.Meeting
            && e.Actors.Concat(e.Counterparts).Order(StringComparer.Ordinal).SequenceEqual(["khalifa-haftar", "vladimir-putin"]));

    [Fact]
    public void Haftar_is_one_entity_under_all_his_names()
    {
        var haftar = Assert.Single(run.Result.Entities, e => e.Id == "khalifa-haftar");
        Assert.Contains("حفتر", haftar.Aliases);
        Assert.Contains("خليفة حفتر", haftar.Aliases);
        Assert.Contains(haftar.Roles, r => r.Title == "قائد الجيش الوطني الليبي" && SourceOf(r.Doc).EndsWith("000_9522b40967220a81.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Haftar_is_named_in_all_five_articles_and_a_rank_alone_is_no_alias_of_his()
    {
        var docs = run.Store.Documents().Select(d => d.Document.Id).ToList();
        var keys = run.Result.EntityOfKey;
        Assert.All(docs, doc => Assert.Contains(run.Store.MentionsOf(doc), m => keys.GetValueOrDefault(m.Key) == "khalifa-haftar"));
        var haftar = run.Result.Entities.Single(e => e.Id == "khalifa-haftar");
        Assert.DoesNotContain("اللواء المتقاعد", haftar.Aliases);
        Assert.Contains(haftar.Positions, p => p.Office == "قائد الجيش" && p.Country == "libya");
    }

    [Fact]
    public void Shoigu_holds_two_offices_each_dated()
    {
        var shoigu = run.Result.Entities.Single(e => e.Id == "sergei-shoigu");
        var defence = Assert.Single(shoigu.Positions, p => p.Office == "وزير الدفاع");
        var council = Assert.Single(shoigu.Positions, p => p.Office == "سكرتير مجلس الأمن");
        Assert.Equal(("russia", "2018-11-09", "2023-09-28"), (defence.Country, defence.From!.Value, defence.To!.Value));
        Assert.Equal(("russia", "2025-05-12"), (council.Country, council.From!.Value));
    }

    [Theory]
    [InlineData("yunus-bek-yevkurov", 2)] // «يفكيروف» (001) and «يفكوروف» (004)
    [InlineData("vladimir-putin", 1)]
    [InlineData("sergei-lavrov", 1)]
    [InlineData("dmitry-peskov", 1)]
    [InlineData("andrei-belousov", 1)]
    [InlineData("nikolai-patrushev", 1)]
    public void Each_Russian_official_is_one_entity(string id, int minDocs)
    {
        var keys = run.Result.EntityOfKey;
        var docs = run.Store.Documents().Where(d => run.Store.MentionsOf(d.Document.Id).Any(m => keys.GetValueOrDefault(m.Key) == id)).ToList();
        Assert.True(docs.Count >= minDocs, $"{id} in {docs.Count} documents");
        Assert.Single(run.Result.Entities, e => e.Id == id);
        Assert.DoesNotContain(run.Result.Entities, e => e.Id != id && e.Type == EntityType.PER && e.Aliases.Any(a => run.Result.Entities.Single(x => x.Id == id).Aliases.Contains(a)));
    }

    [Fact]
    public void The_defence_minister_named_beside_Patrushev_is_Shoigu_and_the_places_are_places()
    {
        var keys = run.Result.EntityOfKey;
        var office = run.Store.Documents().SelectMany(d => run.Store.MentionsOf(d.Document.Id)).Single(m => m.RoleOnly && m.Text == "وزير الدفاع الروسي");
        Assert.Equal("sergei-shoigu", keys[office.Key]);
        foreach (var place in (string[])["moscow", "libya", "russia", "benghazi"])
            Assert.Contains(run.Result.Entities, e => e.Id == place && e.Type is EntityType.GPE or EntityType.LOC);
    }

    [Fact]
    public void Every_span_slices_the_raw_text_to_exactly_its_text()
    {
        var checkedSpans = 0;
        foreach (var (doc, _) in run.Store.Documents())
        {
            var raw = doc.RawText;
            foreach (var m in run.Store.MentionsOf(doc.Id)) { Assert.Equal(m.Text, m.Raw.SliceString(raw)); checkedSpans++; }
            foreach (var t in run.Store.TimesOf(doc.Id)) { Assert.Equal(t.Text, t.Raw.SliceString(raw)); checkedSpans++; }
        }
        var docs = run.Store.Documents().ToDictionary(d => d.Document.Id, d => d.Document.RawText);
        foreach (var m in run.Result.Events.SelectMany(e => e.Mentions))
        {
            Assert.Equal(m.SentenceText, m.Sentence.SliceString(docs[m.DocId]));
            Assert.Equal(m.TriggerText, m.Trigger.SliceString(docs[m.DocId]));
            if (m.TimeRaw is { } t) Assert.Equal(m.TimeText, t.SliceString(docs[m.DocId]));
            checkedSpans += 2;
        }
        Assert.True(checkedSpans > 300, $"only {checkedSpans} spans checked");
    }

    [Fact]
    public async Task The_json_result_validates_against_the_published_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestSupport.RepoRoot, "docs", "output.schema.json"));
        var errors = schema.Validate(run.Json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        Assert.Contains("\"published\"", run.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_rejects_a_result_that_breaks_the_contract()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestSupport.RepoRoot, "docs", "output.schema.json"));
        Assert.NotEmpty(schema.Validate(run.Json.Replace("\"negated\": false", "\"negated\": \"no\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Analyzing_the_same_files_again_changes_nothing()
    {
        using var store = SqliteStore.Open(run.DataDir + "-again");
        var first = await AnalyzeInto(store, TestSupport.Seeds);
        var second = await AnalyzeInto(store, TestSupport.Seeds);
        Assert.Equal(first.Events.Select(e => e.Id), second.Events.Select(e => e.Id));
        Assert.Equal(first.Events.Select(e => e.Id), run.Result.Events.Select(e => e.Id));
        Assert.Equal(5, store.Documents().Count);
    }

    [Fact]
    public async Task Analyzing_new_files_updates_the_fused_timeline()
    {
        using var store = SqliteStore.Open(run.DataDir + "-growing");
        var before = await AnalyzeInto(store, Path.Combine(TestSupport.Seeds, "000_9522b40967220a81.txt"));
        var visit = Assert.Single(before.Events, e => e.Type == EventType.Visit && e.Date?.Value == "2018-11-07");
        Assert.Equal(1, visit.SourceCount);
        var after = await AnalyzeInto(store, Path.Combine(TestSupport.Seeds, "001_39d613350b6c22cb.txt"));
        // The recap «في نوفمبر 2018» of the second article joined the visit the first one reported.
        Assert.Equal(2, Assert.Single(after.Events, e => e.Type == EventType.Visit && e.Date?.Value == "2018-11-07").SourceCount);
    }

    private static async Task<FusedResult> AnalyzeInto(SqliteStore store, string path)
    {
        await new AnalysisRun(RasdPipeline.Default, store).RunAsync([path]);
        return store.Fuse(new Fuser(KnowledgeBase.Default));
    }
}
