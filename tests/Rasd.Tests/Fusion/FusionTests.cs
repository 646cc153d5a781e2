using Rasd.Analysis.Entities;
using Rasd.Core.Model;
using Rasd.Core.Text;
using Rasd.Arabic;
using Rasd.Fusion;

namespace Rasd.Tests.Fusion;

public class EventFuserTests
{
    private static readonly EventFuser Fuser = new(KnowledgeBase.Default.IsWithinId);
    private static int _next;

    private static EventMention Mention(EventType type, string doc, string[] actors, string[] counterparts, string? place, DateValue? date, DateValue? reported = null, bool negated = false)
    {
        var n = Interlocked.Increment(ref _next);
        return new EventMention($"m{n:D4}", doc, type, new TextSpan(n, n + 1), "t", new TextSpan(0, 1), "s")
        {
            Actors = actors, Counterparts = counterparts, Place = place, Date = date, Reported = reported, Negated = negated,
        };
    }

    private static DateValue Day(int y, int m, int d) => DateValue.Day(new DateOnly(y, m, d));

    [Fact]
    public void A_month_precision_recap_joins_the_day_precision_report_and_sources_are_counted()
    {
        var events = Fuser.Fuse([
            Mention(EventType.Visit, "a", ["haftar"], [], "moscow", Day(2018, 11, 7)),
            Mention(EventType.Visit, "b", ["haftar"], [], "moscow", DateValue.Month(2018, 11)),
            Mention(EventType.Visit, "b", ["haftar"], [], "moscow", DateValue.Month(2020, 2)),
        ]);
        Assert.Equal(["2018-11-07", "2020-02"], events.Select(e => e.Date!.Value));
        Assert.Equal(2, events[0].SourceCount);
        Assert.True(events[0].Confidence > events[1].Confidence);
    }

    [Fact]
    public void A_month_without_a_year_takes_its_year_from_another_report_of_the_same_event()
    {
        // «زار حفتر موسكو في يونيو الماضي» in an undated article; another article of 2016-06-30 reports the visit with no date of its own.
        var yearless = Mention(EventType.Visit, "b", ["haftar"], [], "moscow", null) with { YearlessMonth = 6 };
        var e = Assert.Single(Fuser.Fuse([
            Mention(EventType.Visit, "a", ["haftar"], [], "moscow", null, reported: Day(2016, 6, 30)),
            yearless,
        ]));
        Assert.Equal("2016-06", e.Date!.Value);
        Assert.Equal(2, e.SourceCount);
        Assert.Equal("other-report", e.Mentions.Single(m => m.DocId == "b").DatedBy);
    }

    [Fact]
    public void A_month_without_a_year_stays_undated_when_reports_of_two_years_fit()
    {
        var events = Fuser.Fuse([
            Mention(EventType.Visit, "a", ["haftar"], [], "moscow", DateValue.Month(2016, 6)),
            Mention(EventType.Visit, "c", ["haftar"], [], "moscow", DateValue.Month(2019, 6)),
            Mention(EventType.Visit, "b", ["haftar"], [], "moscow", null) with { YearlessMonth = 6 },
        ]);
        Assert.DoesNotContain(events.SelectMany(e => e.Mentions), m => m.DatedBy == "other-report");
    }

    [Fact]
    public void A_visit_to_a_city_and_to_its_country_are_one_visit_placed_in_the_city()
    {
        var e = Assert.Single(Fuser.Fuse([
            Mention(EventType.Visit, "a", ["haftar"], [], "russia", Day(2023, 9, 26)),
            Mention(EventType.Visit, "b", ["haftar"], [], "moscow", Day(2023, 9, 27)),
        ]));
        Assert.Equal(("moscow", "2023-09-26/2023-09-27"), (e.Place, e.Date!.Value));
    }

    [Fact]
    public void Meetings_with_different_people_or_polarity_stay_apart()
    {
        var events = Fuser.Fuse([
            Mention(EventType.Meeting, "a", ["haftar"], ["shoigu"], "moscow", Day(2025, 5, 9)),
            Mention(EventType.Meeting, "a", ["haftar"], ["belousov"], "moscow", Day(2025, 5, 10)),
            Mention(EventType.Meeting, "a", ["putin"], ["haftar"], null, Day(2025, 5, 10), negated: true),
        ]);
        Assert.Equal(3, events.Count);
        Assert.Single(events, e => e.Negated);
    }

    [Fact]
    public void An_undated_sentence_naming_two_meetings_reports_both_but_adds_no_one_to_either()
    {
        var events = Fuser.Fuse([
            Mention(EventType.Meeting, "a", ["haftar"], ["shoigu"], "moscow", Day(2025, 5, 9)),
            Mention(EventType.Meeting, "a", ["haftar"], ["belousov"], "moscow", Day(2025, 5, 10)),
            Mention(EventType.Meeting, "a", ["haftar"], ["belousov", "shoigu"], null, null),
        ]);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(2, e.Mentions.Count));
        Assert.Equal(["shoigu"], events[0].Counterparts);
    }

    [Fact]
    public void An_undated_report_joins_an_event_only_if_published_within_a_month_after_it()
    {
        var events = Fuser.Fuse([
            Mention(EventType.Visit, "a", ["haftar"], [], "moscow", Day(2018, 11, 7)),
            Mention(EventType.Visit, "b", ["haftar"], [], "moscow", null, reported: Day(2018, 11, 20)),
            Mention(EventType.Visit, "c", ["haftar"], [], "moscow", null, reported: Day(2016, 6, 30)),
        ]);
        Assert.Equal(2, events.Count);
        Assert.Equal(["a", "b"], events[0].Mentions.Select(m => m.DocId));
        Assert.Null(events[1].Date);
    }

    [Fact]
    public void Sources_a_day_apart_on_one_meeting_are_kept_as_a_conflict_and_the_best_supported_date_wins()
    {
        var e = Assert.Single(Fuser.Fuse([
            Mention(EventType.Meeting, "a", ["haftar"], ["putin"], null, Day(2025, 5, 10)),
            Mention(EventType.Meeting, "b", ["haftar"], ["putin"], null, Day(2025, 5, 11)),
            Mention(EventType.Meeting, "c", ["haftar"], ["putin"], null, Day(2025, 5, 10)),
        ]));
        Assert.Equal("2025-05-10", e.Date!.Value);
        Assert.Equal(["2025-05-11"], e.ConflictingDates.Select(d => d.Value));
    }

    [Fact]
    public void A_coarser_date_that_contains_the_finer_one_is_no_conflict()
    {
        var e = Assert.Single(Fuser.Fuse([
            Mention(EventType.Meeting, "a", ["haftar"], ["putin"], null, DateValue.Month(2020, 2)),
            Mention(EventType.Meeting, "b", ["haftar"], ["putin"], null, DateValue.Year(2020)),
        ]));
        Assert.Equal("2020-02", e.Date!.Value);
        Assert.Empty(e.ConflictingDates);
    }

    [Fact]
    public void Ids_are_deterministic()
    {
        EventMention[] input = [Mention(EventType.Visit, "a", ["haftar"], [], "moscow", Day(2018, 11, 7))];
        Assert.Equal(Fuser.Fuse(input)[0].Id, Fuser.Fuse([.. input.Reverse()])[0].Id);
        Assert.StartsWith("ev-", Fuser.Fuse(input)[0].Id, StringComparison.Ordinal);
    }
}

public class EntityResolverTests
{
    [Fact]
    public void Known_spellings_are_one_entity_and_a_last_name_joins_the_one_full_name_it_ends()
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            new NameRecord("a", "kb:sergei-shoigu", EntityType.PER, "شويغو", "وزير الدفاع الروسي", DateValue.Day(new DateOnly(2018, 11, 9))),
            new NameRecord("b", "kb:sergei-shoigu", EntityType.PER, "شويجو", "سكرتير مجلس الأمن", DateValue.Day(new DateOnly(2025, 5, 12))),
            new NameRecord("a", "per:كيريل سيمينوف", EntityType.PER, "كيريل سيمينوف", "الخبير", null),
            new NameRecord("a", "per:سيمينوف", EntityType.PER, "سيمينوف", null, null),
        ]);
        Assert.Equal(2, r.Entities.Count);
        var shoigu = r.Entities.Single(e => e.Id == "sergei-shoigu");
        Assert.Equal(["شويجو", "شويغو"], shoigu.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(["وزير الدفاع الروسي", "سكرتير مجلس الأمن"], shoigu.Roles.Select(x => x.Title));
        Assert.Equal(r.IdOf("per:كيريل سيمينوف"), r.IdOf("per:سيمينوف"));
        Assert.NotEmpty(r.Entities.Single(e => e.Id == r.IdOf("per:سيمينوف")).MergedBecause);
    }

    [Fact]
    public void Transliterations_of_one_name_are_one_entity_and_say_why()
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            // Not in the knowledge base's aliases, but «يفكيروف» in another transliteration.
            new NameRecord("a", "per:يونس بيك يفكييروف", EntityType.PER, "يونس بيك يفكييروف", null, null),
            // Two unknown spellings of one foreign name.
            new NameRecord("a", "per:غريغوري كاراسين", EntityType.PER, "غريغوري كاراسين", null, null),
            new NameRecord("b", "per:جريجوري كاراسين", EntityType.PER, "جريجوري كاراسين", null, null),
            new NameRecord("b", "per:غريغوري كاراسين", EntityType.PER, "غريغوري كاراسين", null, null),
        ]);
        Assert.Equal("yunus-bek-yevkurov", r.IdOf("per:يونس بيك يفكييروف"));
        Assert.Equal(r.IdOf("per:غريغوري كاراسين"), r.IdOf("per:جريجوري كاراسين"));
        Assert.Contains(r.Entities.Single(e => e.Id == r.IdOf("per:جريجوري كاراسين")).MergedBecause, m => m.Contains("transliteration", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("محمد عبد الله", "محمود عبد الله")] // two Arabic names, both common words
    [InlineData("سعد", "سعيد")] // too short to tell
    public void Arabic_names_that_differ_by_a_vowel_stay_apart(string a, string b)
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            new NameRecord("a", "per:" + a, EntityType.PER, a, null, null),
            new NameRecord("b", "per:" + b, EntityType.PER, b, null, null),
        ]);
        Assert.NotEqual(r.IdOf("per:" + a), r.IdOf("per:" + b));
    }
}

public class EntityOverridesTests
{
    [Fact]
    public void The_user_merges_and_splits_names_and_the_entity_says_so()
    {
        var file = Path.Combine(TestSupport.TempDir(), EntityOverrides.FileName);
        File.WriteAllText(file, "# corrections\nmerge\tالمشير\tخليفة حفتر\nsplit\tشويجو\n");
        var r = new EntityResolver(KnowledgeBase.Default, EntityOverrides.Load(file)).Resolve([
            new NameRecord("a", "kb:khalifa-haftar", EntityType.PER, "خليفة حفتر", null, null),
            new NameRecord("a", "per:المشير", EntityType.PER, "المشير", null, null),
            new NameRecord("b", "kb:sergei-shoigu", EntityType.PER, "شويغو", null, null),
            new NameRecord("c", "kb:sergei-shoigu", EntityType.PER, "شويجو", null, null),
        ]);
        Assert.Equal("khalifa-haftar", r.IdOf("per:المشير"));
        Assert.Contains(r.Entities.Single(e => e.Id == "khalifa-haftar").MergedBecause, m => m.Contains(file + ":2", StringComparison.Ordinal));
        Assert.Equal(3, r.Entities.Count); // Haftar, Shoigu, and «شويجو» on its own
        Assert.DoesNotContain("شويجو", r.Entities.Single(e => e.Id == "sergei-shoigu").Aliases);
    }

    [Fact]
    public void A_bad_line_names_its_file_and_line()
    {
        var file = Path.Combine(TestSupport.TempDir(), "o.tsv");
        File.WriteAllText(file, "merge\tحفتر\n");
        var e = Assert.Throws<FormatException>(() => EntityOverrides.Load(file));
        Assert.Contains(file + ":1", e.Message, StringComparison.Ordinal);
    }
}

public class NameSkeletonTests
{
    [Theory]
    [InlineData("يفكيروف", "يفكوروف")]
    [InlineData("يفكيروف", "يوفكيورف")]
    [InlineData("شويغو", "شويجو")]
    [InlineData("فاغنر", "فاجنر")]
    public void Transliterations_share_a_skeleton(string a, string b) => Assert.Equal(NameSkeleton.Of(a), NameSkeleton.Of(b));

    [Theory]
    [InlineData("بوتين", "لافروف")]
    [InlineData("حفتر", "حفظ")]
    public void Different_names_do_not(string a, string b) => Assert.NotEqual(NameSkeleton.Of(a), NameSkeleton.Of(b));
}
