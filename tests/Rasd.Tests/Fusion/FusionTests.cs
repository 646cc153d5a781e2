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

    private static EventMention Said(string doc, string speaker, string quote, DateValue date) =>
        Mention(EventType.Statement, doc, [speaker], [], null, date) with { QuoteText = quote };

    [Fact]
    public void Two_reports_of_one_statement_are_one_and_two_statements_stay_two()
    {
        var events = Fuser.Fuse([
            Said("a", "peskov", "لن يلتقي فلاديمير بوتين بخليفة حفتر، هذا غير مدرج في جدول أعماله", Day(2018, 11, 8)),
            Said("b", "peskov", "بوتين لن يلتقي حفتر، هذا غير مدرج في جدول الأعمال", Day(2018, 11, 9)), // a day late, in other words
            Said("b", "peskov", "زيارة بوتين إلى باليرمو غير مؤكدة حتى الآن", Day(2018, 11, 9)),
            Said("c", "lavrov", "لن يلتقي فلاديمير بوتين بخليفة حفتر، هذا غير مدرج في جدول أعماله", Day(2018, 11, 8)),
        ]);
        Assert.Equal(3, events.Count);
        Assert.Equal(2, Assert.Single(events, e => e.Mentions.Count == 2).SourceCount);
    }

    [Fact]
    public void A_delegation_named_as_a_group_and_its_head_visiting_one_place_in_one_text_are_one_visit()
    {
        var group = Mention(EventType.Visit, "a", [], [], "moscow", Day(2015, 8, 12)) with { ActorGroups = [new PartyGroup("وفد من المعارضة السورية", new TextSpan(0, 1))] };
        var events = Fuser.Fuse([
            group,
            Mention(EventType.Visit, "a", ["khoja"], [], "moscow", Day(2015, 8, 13)),
            Mention(EventType.Visit, "a", ["khoja"], [], "cairo", Day(2015, 8, 20)), // elsewhere: another visit
            group with { Id = "other", DocId = "b", ActorGroups = [new PartyGroup("الوفد", new TextSpan(0, 1))] }, // another text: no telling which delegation
        ]);
        Assert.Equal(3, events.Count);
        Assert.Contains(events, e => e.Actors.SequenceEqual(["khoja"]) && e.ActorGroups.Count == 1 && e.Place == "moscow");
    }

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
    public void A_planned_visit_does_not_join_the_visit_its_report_tells_was_made_months_before()
    {
        // «زيارة الرئيس السيسي المقبلة إلى الصين» and, in the same text, his visit of last December.
        var events = Fuser.Fuse([
            Mention(EventType.Visit, "a", ["sisi"], [], "china", DateValue.Month(2014, 12), reported: Day(2015, 8, 9)),
            Mention(EventType.Visit, "a", ["sisi"], [], "china", null, reported: Day(2015, 8, 9)) with { Future = true },
            Mention(EventType.Visit, "a", ["sisi"], [], "china", null, reported: Day(2015, 8, 9)),
        ]);
        Assert.Equal(2, events.Count);
        Assert.Equal(2, Assert.Single(events, e => e.Date is not null).Mentions.Count);
    }

    [Fact]
    public void Visits_by_a_group_written_alike_are_one_and_by_another_group_another()
    {
        static EventMention ByGroup(string doc, string group, DateValue date) =>
            Mention(EventType.Visit, doc, [], [], "north-korea", date) with { ActorGroups = [new PartyGroup(group, new TextSpan(0, group.Length))] };
        var events = Fuser.Fuse([
            ByGroup("a", "مجموعة من المسؤولين الأمريكيين", Day(2018, 5, 27)),
            ByGroup("b", "مجموعة من المسؤولين الامريكيين", Day(2018, 5, 27)),
            ByGroup("a", "وفد من كوريا الجنوبية", Day(2018, 5, 27)),
            ByGroup("a", "الوفد", Day(2018, 5, 27)),
            ByGroup("b", "الوفد", Day(2018, 5, 27)), // one word names no group beyond its report
        ]);
        Assert.Equal(4, events.Count);
        Assert.Equal(["مجموعة من المسؤولين الأمريكيين", "مجموعة من المسؤولين الامريكيين"], events.Single(e => e.SourceCount == 2).ActorGroups); // each spelling as written
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
    public void An_undated_report_of_two_events_gives_neither_its_id()
    {
        // Written first, so its id is the smallest: it reports both meetings, and ids must still differ.
        var both = Mention(EventType.Meeting, "a", ["haftar"], ["putin", "shoigu"], null, null);
        var events = Fuser.Fuse([
            both,
            Mention(EventType.Meeting, "a", ["haftar"], ["putin"], null, Day(2019, 4, 1)),
            Mention(EventType.Meeting, "b", ["haftar"], ["putin", "shoigu"], null, Day(2019, 9, 1)),
        ]);
        Assert.Equal(2, events.Count(e => e.Mentions.Contains(both)));
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
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

    private static DateValue Day(int y, int m, int d) => DateValue.Day(new DateOnly(y, m, d));

    private static readonly RoleName DefenceMinister = new("وزير الدفاع", null, "russia");

    private static NameRecord Holder(string doc, string key, string text, DateValue? date, RoleName? role = null, string title = "وزير الدفاع الروسي") =>
        new(doc, key, EntityType.PER, text, title, date) { Role = role ?? DefenceMinister };

    private static NameRecord Office(string doc, DateValue? date, RoleName? role = null, int start = 0) =>
        new(doc, $"role:{doc}:{(role ?? DefenceMinister).Key}", EntityType.PER, "وزير الدفاع الروسي", "وزير الدفاع الروسي", date) { Role = role ?? DefenceMinister, RoleOnly = true, Start = start };

    [Fact]
    public void An_office_written_alone_is_its_holder_named_nearest_the_date()
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            Holder("a", "kb:sergei-shoigu", "سيرغي شويغو", Day(2018, 11, 9)),
            Holder("b", "kb:andrei-belousov", "أندريه بيلوسوف", Day(2025, 5, 12)),
            Office("c", Day(2019, 3, 1)),
            Office("d", Day(2025, 6, 1)),
        ]);
        Assert.Equal("sergei-shoigu", r.IdOf("role:c:" + DefenceMinister.Key));
        Assert.Equal("andrei-belousov", r.IdOf("role:d:" + DefenceMinister.Key));
        var shoigu = r.Entities.Single(e => e.Id == "sergei-shoigu");
        Assert.Contains(shoigu.MergedBecause, m => m.Contains("nearest 2019-03-01", StringComparison.Ordinal));
        Assert.Equal(["سيرغي شويغو"], shoigu.Aliases); // an office is no spelling of the name
    }

    [Fact]
    public void A_counterpart_of_a_country_is_the_one_person_the_same_text_names_in_office_there()
    {
        // «رئيس كوريا الجنوبية» receives «نظيره الكوري الشمالي»: the text named «الزعيم الكوري الشمالي كيم جونغ أون», whose office word is another.
        var president = new RoleName("رئيس", null, "north-korea");
        NameRecord Counterpart(string doc) =>
            new(doc, $"role:{doc}:{president.Key}", EntityType.PER, "نظيره الكوري الشمالي", "نظيره الكوري الشمالي", null) { Role = president, RoleOnly = true };
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            Holder("a", "kb:kim-jong-un", "كيم جونغ أون", null, new RoleName("زعيم", null, "north-korea"), "الزعيم الكوري الشمالي"),
            Counterpart("a"),
            Holder("b", "kb:kim-jong-un", "كيم جونغ أون", null, new RoleName("زعيم", null, "north-korea"), "الزعيم الكوري الشمالي"),
            Holder("b", "per:ري يونغ هو", "ري يونغ هو", null, new RoleName("وزير الخارجية", null, "north-korea"), "وزير الخارجية الكوري الشمالي"),
            Counterpart("b"),
        ]);
        Assert.Equal("kim-jong-un", r.IdOf("role:a:" + president.Key));
        Assert.NotEqual("kim-jong-un", r.IdOf("role:b:" + president.Key)); // two in office there: neither
    }

    [Fact]
    public void An_office_named_with_its_holder_in_the_same_text_is_that_holder()
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            Holder("a", "kb:sergei-shoigu", "سيرغي شويغو", Day(2018, 11, 9)),
            Holder("b", "kb:andrei-belousov", "أندريه بيلوسوف", Day(2025, 5, 12)),
            Office("b", Day(2018, 11, 9)), // the date says Shoigu, the text itself names Belousov
        ]);
        Assert.Equal("andrei-belousov", r.IdOf("role:b:" + DefenceMinister.Key));
    }

    [Fact]
    public void An_office_written_short_is_the_one_holder_the_same_text_names_with_it_in_full()
    {
        // «الوزير الروسي» after «وزير الدفاع الروسي سيرغي شويغو»; in «c» two Russian ministers are named, so it is neither.
        var minister = new RoleName("وزير", null, "russia");
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            Holder("b", "kb:sergei-shoigu", "سيرغي شويغو", Day(2018, 11, 9)),
            Office("b", Day(2018, 11, 9), minister),
            Holder("c", "kb:sergei-shoigu", "سيرغي شويغو", Day(2018, 11, 9)),
            Holder("c", "kb:sergei-lavrov", "سيرغي لافروف", Day(2018, 11, 9), new RoleName("وزير الخارجية", null, "russia"), "وزير الخارجية الروسي"),
            Office("c", Day(2018, 11, 9), minister),
        ]);
        Assert.Equal("sergei-shoigu", r.IdOf("role:b:" + minister.Key));
        Assert.NotEqual("sergei-shoigu", r.IdOf("role:c:" + minister.Key));
        Assert.NotEqual("sergei-lavrov", r.IdOf("role:c:" + minister.Key));
    }

    [Fact]
    public void An_office_of_a_country_is_the_one_holder_the_same_text_names_with_it_of_nowhere()
    {
        // «وزير الخارجية مايك بومبيو» and later «وزير الخارجية الأمريكي» in «a»; in «b» a second foreign minister is named, so it is neither.
        var plain = new RoleName("وزير الخارجية", null, null);
        var american = new RoleName("وزير الخارجية", null, "united-states");
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            Holder("a", "kb:mike-pompeo", "مايك بومبيو", Day(2018, 5, 9), plain, "وزير الخارجية"),
            Office("a", Day(2018, 5, 9), american),
            Holder("b", "kb:mike-pompeo", "مايك بومبيو", null, plain, "وزير الخارجية"),
            Holder("b", "kb:adel-al-jubeir", "عادل الجبير", null, plain, "وزير الخارجية"),
            Office("b", null, american),
        ]);
        Assert.Equal("mike-pompeo", r.IdOf("role:a:" + american.Key));
        Assert.Contains(r.Entities.Single(e => e.Id == "mike-pompeo").MergedBecause, m => m.Contains("of where", StringComparison.Ordinal));
        Assert.StartsWith("role-", r.IdOf("role:b:" + american.Key), StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_with_no_clear_holder_stays_an_entity_of_its_own()
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            Holder("a", "kb:sergei-shoigu", "سيرغي شويغو", Day(2018, 11, 9)),
            Holder("b", "kb:andrei-belousov", "أندريه بيلوسوف", Day(2025, 5, 12)),
            Office("c", null), // undated, and the two holders are named equally often
            Office("d", Day(2040, 1, 1)), // no holder named within years of it
        ]);
        var c = r.IdOf("role:c:" + DefenceMinister.Key);
        Assert.StartsWith("role-", c, StringComparison.Ordinal);
        Assert.Equal(c, r.IdOf("role:d:" + DefenceMinister.Key)); // the same office, unresolved, is one entity
        Assert.Contains(r.Entities.Single(e => e.Id == c).MergedBecause, m => m.Contains("without its holder", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undated_office_goes_to_the_holder_most_documents_name()
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            Holder("a", "kb:sergei-shoigu", "سيرغي شويغو", Day(2018, 11, 9)),
            Holder("b", "kb:sergei-shoigu", "شويغو", Day(2023, 9, 28), new RoleName("وزير الدفاع", null, null), "وزير الدفاع"), // no country: still his Russian office
            Holder("c", "kb:andrei-belousov", "أندريه بيلوسوف", Day(2025, 5, 12)),
            Office("d", null),
        ]);
        Assert.Equal("sergei-shoigu", r.IdOf("role:d:" + DefenceMinister.Key));
    }

    [Fact]
    public void Positions_gather_an_office_over_time_and_a_title_without_its_country_joins_it()
    {
        var council = new RoleName("سكرتير مجلس الأمن", null, "russia");
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            Holder("a", "kb:sergei-shoigu", "سيرغي شويغو", Day(2018, 11, 9)),
            Holder("b", "kb:sergei-shoigu", "شويغو", Day(2023, 9, 28), new RoleName("وزير الدفاع", null, null), "وزير الدفاع"),
            Holder("c", "kb:sergei-shoigu", "سيرغي شويغو", Day(2025, 5, 12), council, "سكرتير مجلس الأمن الروسي"),
        ]);
        var positions = r.Entities.Single().Positions;
        Assert.Equal(2, positions.Count);
        Assert.Equal(("وزير الدفاع", "russia", "2018-11-09", "2023-09-28", 2), (positions[0].Office, positions[0].Country, positions[0].From!.Value, positions[0].To!.Value, positions[0].Docs.Count));
        Assert.Equal(("سكرتير مجلس الأمن", "2025-05-12"), (positions[1].Office, positions[1].From!.Value));
    }

    [Fact]
    public void A_shorter_name_ending_one_longer_name_joins_it_even_when_the_model_typed_it_otherwise()
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            new NameRecord("a", "per:عادل عبد الكافي", EntityType.PER, "عادل عبد الكافي", "العقيد", null),
            new NameRecord("a", "per:عبد الكافي", EntityType.PER, "عبد الكافي", null, null),
            new NameRecord("b", "per:كيريل سيمينوف", EntityType.PER, "كيريل سيمينوف", null, null),
            new NameRecord("b", "org:سيمينوف", EntityType.ORG, "سيمينوف", null, null) { Source = Mention.ModelSource },
            new NameRecord("c", "org:الهلال", EntityType.ORG, "الهلال", null, null),
            new NameRecord("d", "per:الهلال الأحمر", EntityType.PER, "الهلال الأحمر", null, null),
        ]);
        Assert.Equal(r.IdOf("per:عادل عبد الكافي"), r.IdOf("per:عبد الكافي"));
        Assert.Equal(r.IdOf("per:كيريل سيمينوف"), r.IdOf("org:سيمينوف"));
        Assert.Equal(EntityType.PER, r.Entities.Single(e => e.Id == r.IdOf("org:سيمينوف")).Type);
        Assert.NotEqual(r.IdOf("per:الهلال الأحمر"), r.IdOf("org:الهلال"));
    }

    [Fact]
    public void Only_a_surname_stands_for_a_full_name()
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            new NameRecord("a", "org:ليفربول", EntityType.ORG, "ليفربول", null, null),
            new NameRecord("a", "org:جامعة ليفربول", EntityType.ORG, "جامعة ليفربول", null, null),
            new NameRecord("b", "per:أحمد", EntityType.PER, "أحمد", null, null),
            new NameRecord("b", "per:خالد أحمد", EntityType.PER, "خالد أحمد", null, null),
            new NameRecord("c", "per:بن بدر", EntityType.PER, "بن بدر", null, null),
            new NameRecord("c", "per:طلال بن بدر", EntityType.PER, "طلال بن بدر", null, null),
        ]);
        Assert.NotEqual(r.IdOf("org:جامعة ليفربول"), r.IdOf("org:ليفربول")); // a club is not its city's university
        Assert.NotEqual(r.IdOf("per:خالد أحمد"), r.IdOf("per:أحمد")); // a given name alone names no one in particular
        Assert.NotEqual(r.IdOf("per:طلال بن بدر"), r.IdOf("per:بن بدر"));
    }

    [Fact]
    public void A_name_written_in_one_word_or_two_is_one_name()
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            new NameRecord("a", "org:اميركان اير لاينز", EntityType.ORG, "أميركان إير لاينز", null, null),
            new NameRecord("b", "org:اميركان ايرلاينز", EntityType.ORG, "أميركان إيرلاينز", null, null),
        ]);
        Assert.Single(r.Entities);
    }

    [Fact]
    public void A_full_name_a_place_or_a_common_word_is_no_surname_of_a_longer_name()
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            new NameRecord("a", "per:سعود بن عبدالعزيز", EntityType.PER, "سعود بن عبدالعزيز", null, null),
            new NameRecord("a", "per:عبدالكريم بن سعود بن عبدالعزيز", EntityType.PER, "عبدالكريم بن سعود بن عبدالعزيز", null, null),
            new NameRecord("b", "loc:سان بطرسبرج", EntityType.LOC, "سان بطرسبرج", null, null) { Source = Mention.ModelSource },
            new NameRecord("b", "per:زينيت سان بطرسبرج", EntityType.PER, "زينيت سان بطرسبرج", null, null) { Source = Mention.ModelSource },
        ]);
        Assert.Equal(4, r.Entities.Count);
    }

    [Fact]
    public void A_name_after_a_preposition_that_swallowed_the_article_is_the_same_spelling()
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([
            new NameRecord("a", "kb:libyan-national-army", EntityType.ORG, "القيادة العامة", null, null),
            new NameRecord("b", "kb:libyan-national-army", EntityType.ORG, "للقيادة العامة", null, null),
        ]);
        Assert.Equal(["القيادة العامة"], r.Entities.Single().Aliases);
    }

    [Theory]
    [InlineData("محمد عبد الله", "محمود عبد الله")] // two Arabic names, both common words
    [InlineData("سعد", "سعيد")] // too short to tell
    [InlineData("سالم العبادي", "سالم العبود")] // Arabic names with the article: no transliteration
    [InlineData("القيروان", "الغويران")]
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

    [Theory]
    [InlineData("شويغو", "شويجو", true)]
    [InlineData("يفكيروف", "يفكوروف", true)]
    [InlineData("استوريل", "أستراليا", false)] // one skeleton, but a consonant and a vowel end them
    public void Names_end_alike_where_a_vowel_ends_either(string a, string b, bool alike) => Assert.Equal(alike, NameSkeleton.EndsAlike(a, b));

    [Fact]
    public void A_place_whose_skeleton_is_a_known_places_but_that_ends_otherwise_is_another_place()
    {
        var r = new EntityResolver(KnowledgeBase.Default).Resolve([new NameRecord("a", "loc:استوريل", EntityType.LOC, "استوريل", null, null)]);
        Assert.NotEqual("australia", r.IdOf("loc:استوريل"));
        Assert.Equal(NameSkeleton.Of("استوريل"), NameSkeleton.Of("أستراليا"));
    }
}
