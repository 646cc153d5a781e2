using System.Text.RegularExpressions;
using Rasd.Analysis.Entities;
using Rasd.Analysis.Entities.Ner;
using Rasd.Analysis.Events;
using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Tests.Resources;

/// <summary>
/// Every language data file loads, and every entry matches real text written the usual way
/// (spaCy's Arabic number words, typed in presentation forms, never matched anything).
/// </summary>
public class LanguageDataTests
{
    private static readonly string[] Tested =
    [
        "ar/clitics.tsv", "ar/months.tsv", "ar/hijri-months.tsv", "ar/numbers.tsv", "ar/weekdays.tsv", "ar/ordinals.tsv", "ar/relative-days.tsv", "ar/time-words.tsv", "ar/time-units.tsv",
        "ar/entities.tsv", "ar/lexicon.tsv", "ar/unsplittable.tsv", "ar/titles.tsv", "ar/gentilics.tsv", "ar/function-words.tsv", "ar/name-particles.tsv", "ar/event-triggers.tsv", "ar/event-cues.tsv",
        "ar/line-continuers.tsv", "ar/bigrams.bin.gz", "ar/outlets.tsv", "ar/clusters.tsv", "ar/names.tsv", "ar/ner.bin.gz", "ar/plurals.tsv", "ar/derivations.tsv", "ar/groups.tsv",
        "ar/domains.tsv", "ar/domain-entities.tsv", "ar/field-names.tsv", "ar/kinship.tsv", "ar/not-names.tsv",
    ];

    private static IReadOnlyList<Rasd.Core.Model.Token> Tokens(string text) => Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(text));

    /// <summary>Matches <paramref name="form"/> where it stands in a sentence, after «قال» and before «أمس».</summary>
    private static PhraseMatch<T>? InSentence<T>(PhraseMatcher<T> matcher, string form, bool enclitics = false)
    {
        var tokens = Tokens("قال " + form + " أمس");
        return matcher.Match(tokens, 1, enclitics);
    }

    [Fact]
    public void Every_data_file_has_a_test() =>
        Assert.Equal(Tested.Order(StringComparer.Ordinal), LanguageData.Names.Select(n => n["resources/".Length..]));

    [Fact]
    public void Clitics_have_both_positions_and_chain_by_slot()
    {
        var rows = LanguageData.Read("ar/clitics.tsv");
        Assert.Contains(rows, r => r["position"] == "pro");
        Assert.Contains(rows, r => r["position"] == "en");
        Assert.Contains("وبال", Clitics.Default.Prefixes);
        Assert.Contains("هما", Clitics.Default.Suffixes);
        Assert.DoesNotContain("ي", Clitics.Default.Suffixes); // first person is listed, not stripped
        Assert.All(rows.Where(r => r["position"] == "en"), r => Assert.Contains(r["strip"], new[] { "yes", "no" }));
    }

    [Fact]
    public void Plurals_are_words_of_the_news_and_a_search_for_the_singular_finds_them()
    {
        var rows = LanguageData.Read("ar/plurals.tsv");
        Assert.True(rows.Count > 150, $"{rows.Count} plurals");
        Assert.Equal(rows.Count, rows.Select(r => r["plural"]).Distinct().Count());
        Assert.All(rows, r => Assert.NotEqual(ArabicNormalizer.Normalize(r["plural"]), ArabicNormalizer.Normalize(r["singular"])));
        Assert.All(rows, r => Assert.True(CliticSegmenter.Default.CountOf(ArabicNormalizer.Normalize(r["plural"])) > 0, r["plural"]));
        Assert.All(rows, r => Assert.Contains(ArabicNormalizer.Normalize(r["singular"]), Rasd.Search.SearchTerms.Of(r["plural"]).Select(t => t.Text)));
        // The hamza takes a seat before a pronoun: «وزرائهم» is still the plural of «وزير».
        Assert.Contains("وزير", Rasd.Search.SearchTerms.Of("وزرائهم").Select(t => t.Text));
    }

    [Fact]
    public void Derivations_cut_only_to_a_word_the_lexicon_knows_and_never_a_name()
    {
        var rows = LanguageData.Read("ar/derivations.tsv");
        Assert.Contains(rows, r => r["suffix"] == "ية" && r.Get("replacement") == "ي");
        Assert.All(rows, r => Assert.True((r.Get("replacement") ?? "").Length < r["suffix"].Length, r["suffix"])); // a cut only shortens: the chain ends
        Assert.Equal("اتفاق", Rasd.Search.Derivations.BaseOf("اتفاقيه"));
        Assert.Equal("ارهاب", Rasd.Search.Derivations.BaseOf("ارهابيين"));
        Assert.Null(Rasd.Search.Derivations.BaseOf("بوتين")); // no rule ends it
        Assert.Null(Rasd.Search.Derivations.BaseOf("مهدي")); // a given name, though «مهد» is a word
        Assert.Null(Rasd.Search.Derivations.BaseOf("مستشفي")); // «مستشف» is no word
    }

    [Fact]
    public void Field_words_are_found_and_each_field_entity_is_known()
    {
        var kb = Rasd.Analysis.Entities.KnowledgeBase.Default;
        var fields = LanguageData.Read("ar/domains.tsv").Select(r => r["domain"]).ToHashSet();
        foreach (var row in LanguageData.Read("ar/domains.tsv"))
            Assert.True(InSentence(kb.DomainWords, row["form"]) is { } m && m.Value == row["domain"], row["form"]);
        Assert.Equal("sport", kb.DomainWords.Match(Tokens("وبالمباراة"), 0)?.Value); // with clitics
        foreach (var row in LanguageData.Read("ar/domain-entities.tsv"))
        {
            Assert.Contains(row["domain"], fields);
            Assert.NotNull(kb.Find(row["entity"]));
            Assert.Equal(kb.Find(row["entity"])!.Type, kb.Find(row["instead"])?.Type);
        }
        foreach (var row in LanguageData.Read("ar/field-names.tsv"))
        {
            Assert.Contains(row["domain"], fields);
            Assert.Equal(kb.Find(row["entity"]), InSentence(kb.FieldNames, row["form"])?.Value.Entity);
            Assert.Null(InSentence(kb.Aliases, row["form"])); // a name of a field only, never an alias everywhere
        }
    }

    [Fact]
    public void Kinship_words_are_found_with_clitics_and_never_a_title()
    {
        var kb = Rasd.Analysis.Entities.KnowledgeBase.Default;
        foreach (var row in LanguageData.Read("ar/kinship.tsv"))
        {
            Assert.NotNull(InSentence(kb.Kinship, row["form"]));
            Assert.Null(InSentence(kb.Titles, row["form"]));
        }
        Assert.NotNull(kb.Kinship.Match(Tokens("وزوجة"), 0));
    }

    [Fact]
    public void Idioms_that_name_nothing_are_found_with_clitics()
    {
        var kb = Rasd.Analysis.Entities.KnowledgeBase.Default;
        foreach (var row in LanguageData.Read("ar/not-names.tsv")) Assert.NotNull(InSentence(kb.NotNames, row["form"]));
        Assert.NotNull(kb.NotNames.Match(Tokens("لمسقط رأسه"), 0));
    }

    [Fact]
    public void Group_words_are_heads_or_adjectives_of_the_news()
    {
        var rows = LanguageData.Read("ar/groups.tsv");
        Assert.All(rows, r => Assert.Contains(r["kind"], new[] { "head", "adjective", "adjective-ending", "quantifier", "of" }));
        Assert.Equal(rows.Count, rows.Select(r => r["form"]).Distinct().Count());
        Assert.All(rows.Where(r => r["kind"] != "adjective-ending"), r => Assert.All(r["form"].Split(' '), w => Assert.True(CliticSegmenter.Default.CountOf(ArabicNormalizer.Normalize(w)) > 0, r["form"])));
        Assert.Contains("يين", EventLexicon.Default.GroupAdjectiveEndings);
        Assert.Equal("head", EventLexicon.Default.Group(Tokens("مسؤولين"), 0)?.Value);
        Assert.Equal("head", EventLexicon.Default.Group(Tokens("نظراءه"), 0)?.Value); // a pronoun on the head
        Assert.Equal("adjective", EventLexicon.Default.Group(Tokens("روس"), 0)?.Value);
        Assert.Equal("quantifier", EventLexicon.Default.Group(Tokens("مجموعة من المسؤولين"), 0)?.Value);
        Assert.Equal("of", EventLexicon.Default.Group(Tokens("من"), 0)?.Value);
    }

    [Fact]
    public void Line_continuers_are_frequent_words_that_keep_a_wrapped_line_in_its_sentence()
    {
        var rows = LanguageData.Read("ar/line-continuers.tsv");
        Assert.Contains(rows, r => r["form"] == "في");
        Assert.All(rows, r => Assert.True(CliticSegmenter.Default.CountOf(ArabicNormalizer.Normalize(r["form"])) > 1000 || r["form"].Length == 1, r["form"]));
        var text = "قال الوزير إن الوفد سيصل إلى\nموسكو غدا.";
        var n = ArabicNormalizer.ToMatchForm(text);
        Assert.Single(SentenceSplitter.Split(n, Tokenizer.Tokenize(n)));
    }

    [Fact]
    public void The_lexicon_is_sorted_by_count_and_knows_the_words_of_news()
    {
        var rows = LanguageData.Read("ar/lexicon.tsv");
        Assert.True(rows.Count > 100_000, $"{rows.Count} forms");
        var counts = rows.Select(r => r.Int("count")).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.True(counts[^1] >= 3);
        Assert.Equal(rows.Count, rows.Select(r => r["form"]).Distinct().Count());
        Assert.All(rows.Take(1000), r => Assert.Equal(r["form"], ArabicNormalizer.Normalize(r["form"]))); // stored in match form
        var segmenter = CliticSegmenter.Default;
        Assert.True(segmenter.CountOf("ليبيا") > 1000);
        Assert.Equal(0, segmenter.CountOf("يبيا"));
    }

    [Fact]
    public void Word_clusters_are_match_forms_of_the_lexicon_with_paths_of_bits()
    {
        var rows = LanguageData.Read("ar/clusters.tsv");
        Assert.Equal(rows.Count, rows.Select(r => r["form"]).Distinct().Count());
        Assert.All(rows, r => Assert.True(r["cluster"].Length is > 0 and <= 24 && r["cluster"].All(c => c is '0' or '1'), r["cluster"]));
        Assert.All(rows.Take(1000), r => Assert.Equal(r["form"], ArabicNormalizer.Normalize(r["form"])));
        Assert.All(rows.Take(1000), r => Assert.True(CliticSegmenter.Default.CountOf(r["form"]) > 0, r["form"]));
    }

    [Fact]
    public void Unsplittable_words_stay_whole_and_clitics_around_them_are_still_read()
    {
        foreach (var row in LanguageData.Read("ar/unsplittable.tsv"))
        {
            var token = Tokens(row["form"]).Single();
            Assert.True(token.Proclitics.Count == 0 && token.Enclitic.Length == 0, $"{row["form"]} was split: {token.Segmented}");
        }
        Assert.Equal("و+لكن", Tokens("ولكن").Single().Segmented);
        Assert.Equal("و+بعد", Tokens("وبعد").Single().Segmented);
    }

    [Fact]
    public void Every_month_name_is_found_with_its_number()
    {
        foreach (var row in LanguageData.Read("ar/months.tsv"))
        {
            var m = InSentence(ArabicCalendar.Default.Months, row["form"]);
            Assert.True(m is not null, $"month '{row["form"]}' not found");
            Assert.Equal(row.Int("month"), m.Value.Value);
        }
        Assert.Equal(6, InSentence(ArabicCalendar.Default.Months, "بحزيران")!.Value.Value);
        Assert.Equal(8, InSentence(ArabicCalendar.Default.Months, "اغسطس")!.Value.Value);
        Assert.Equal(Enumerable.Range(1, 12), LanguageData.Read("ar/months.tsv").Select(r => r.Int("month")).Distinct().Order());
    }

    [Fact]
    public void Every_hijri_month_and_number_word_is_found()
    {
        foreach (var row in LanguageData.Read("ar/hijri-months.tsv"))
            Assert.Equal(row.Int("month"), InSentence(ArabicCalendar.Default.HijriMonths, row["form"])!.Value.Value);
        Assert.Equal(Enumerable.Range(1, 12), LanguageData.Read("ar/hijri-months.tsv").Select(r => r.Int("month")).Distinct().Order());
        foreach (var row in LanguageData.Read("ar/numbers.tsv"))
        {
            Assert.Contains(row["kind"], new[] { "unit", "ten", "hundred", "scale", "dual", "percent" });
            var n = ArabicNormalizer.ToMatchForm("قال " + row["form"] + " أمس");
            var found = NumberRecognizer.Default.Find(n, Tokenizer.Tokenize(n));
            if (row["kind"] == "percent") { Assert.Empty(found); continue; }
            Assert.True(found.Count == 1 && found[0].Text == row["form"], $"number word '{row["form"]}' read as {string.Join(", ", found.Select(f => f.Text))}");
        }
    }

    [Fact]
    public void Every_weekday_is_found()
    {
        foreach (var row in LanguageData.Read("ar/weekdays.tsv"))
            Assert.Equal(Enum.Parse<DayOfWeek>(row["day"]), InSentence(ArabicCalendar.Default.Weekdays, row["form"])!.Value.Value);
        Assert.Equal(DayOfWeek.Thursday, InSentence(ArabicCalendar.Default.Weekdays, "والخميس")!.Value.Value);
    }

    [Fact]
    public void Ordinals_cover_every_day_of_a_month()
    {
        var rows = LanguageData.Read("ar/ordinals.tsv");
        Assert.Equal(Enumerable.Range(1, 31), rows.Select(r => r.Int("value")).Distinct().Order());
        foreach (var row in rows)
            Assert.Equal(row.Int("value"), InSentence(ArabicCalendar.Default.Ordinals, row["form"])!.Value.Value);
    }

    [Fact]
    public void Relative_days_and_time_words_are_found()
    {
        foreach (var row in LanguageData.Read("ar/relative-days.tsv"))
            Assert.Equal(row.Int("offset"), InSentence(ArabicCalendar.Default.RelativeDays, row["form"])!.Value.Value);
        foreach (var row in LanguageData.Read("ar/time-words.tsv"))
        {
            var m = InSentence(ArabicCalendar.Default.Words, row["form"]);
            Assert.True(m is not null, $"time word '{row["form"]}' not found");
            Assert.True(m!.Value.Value.Has(row["role"]), $"time word '{row["form"]}' lost its role {row["role"]}");
        }
        var words = LanguageData.Read("ar/time-words.tsv");
        Assert.All(words.Where(r => r["role"] == "direction"), r => Assert.Contains(r["value"], new[] { "past", "next", "current" }));
        Assert.All(words.Where(r => r["role"] == "mod"), r => Assert.Contains(r["value"], new[] { "start", "mid", "end" }));
        Assert.All(words.Where(r => r["role"] == "relation"), r => Assert.Contains(r["value"], new[] { "ago", "later", "since", "for" }));
    }

    [Fact]
    public void Time_units_are_found_with_their_unit_and_count()
    {
        foreach (var row in LanguageData.Read("ar/time-units.tsv"))
        {
            var m = InSentence(ArabicCalendar.Default.Units, row["form"]);
            Assert.True(m is not null, $"time unit '{row["form"]}' not found");
            Assert.Equal(Enum.Parse<Rasd.Core.Model.PeriodUnit>(row["unit"], ignoreCase: true), m!.Value.Value.Unit);
            Assert.Equal(row["count"] == "many" ? null : row.Int("count"), m.Value.Value.Count);
        }
    }

    [Fact]
    public void Entities_are_well_formed_and_every_alias_finds_its_entity()
    {
        var kb = KnowledgeBase.Default;
        var rows = LanguageData.Read("ar/entities.tsv");
        Assert.Equal(rows.Count, rows.Select(r => r["id"]).Distinct().Count());
        foreach (var e in kb.Entities)
        {
            Assert.True(Enum.IsDefined(e.Type));
            if (e.Wikidata is not null) Assert.Matches(new Regex("^Q[0-9]+$"), e.Wikidata);
            if (e.PartOf is not null) Assert.NotNull(kb.Find(e.PartOf));
            foreach (var alias in e.Aliases)
            {
                var m = InSentence(kb.Aliases, alias);
                Assert.True(m is not null, $"alias '{alias}' of {e.Id} not found");
                Assert.Equal(e.Id, m.Value.Value.Id);
            }
        }
        Assert.True(kb.IsWithinId("moscow", "russia"));
        Assert.False(kb.IsWithinId("russia", "moscow"));
    }

    [Fact]
    public void Titles_gentilics_and_function_words_are_found()
    {
        var kb = KnowledgeBase.Default;
        foreach (var row in LanguageData.Read("ar/titles.tsv"))
        {
            Assert.Contains(row["kind"], new[] { "office", "rank", "honorific", "counterpart", "qualifier" });
            Assert.Equal(row["kind"], InSentence(kb.Titles, row["form"])!.Value.Value);
            Assert.Contains(row.Get("sent") ?? "", new[] { "", "yes" });
            Assert.Equal(row.Get("sent") == "yes", kb.IsSentTitle(ArabicNormalizer.Normalize(row["form"])));
            // Another name of an office is read as the office listed, itself a title of the same kind.
            if (row.Get("same") is { } same)
            {
                Assert.Equal(same, kb.TitleForm(ArabicNormalizer.Normalize(row["form"])));
                Assert.Equal(row["kind"], InSentence(kb.Titles, same)!.Value.Value);
            }
        }
        Assert.Contains(LanguageData.Read("ar/titles.tsv"), r => r.Get("sent") == "yes" && r["kind"] == "office");
        foreach (var row in LanguageData.Read("ar/gentilics.tsv"))
        {
            Assert.NotNull(kb.Find(row["place"]));
            Assert.Equal(row["place"], InSentence(kb.Gentilics, row["form"])!.Value.Value);
        }
        foreach (var row in LanguageData.Read("ar/function-words.tsv"))
            Assert.Contains(ArabicNormalizer.Normalize(row["form"]), kb.FunctionWords);
        foreach (var row in LanguageData.Read("ar/name-particles.tsv"))
        {
            Assert.Contains(ArabicNormalizer.Normalize(row["form"]), kb.NameParticles);
            Assert.Contains(row["kind"], (string[])["lineage", "compound"]);
            Assert.Equal(row["kind"] == "lineage", kb.LineageParticles.Contains(ArabicNormalizer.Normalize(row["form"])));
        }
    }

    [Fact]
    public void Every_name_of_common_knowledge_is_found_by_the_recognizers_gazetteer_with_its_kind()
    {
        var features = new NerFeatures(NerFeatureSet.All);
        var rows = LanguageData.Read("ar/names.tsv");
        Assert.Equal(rows.Count, rows.Select(r => (r["form"], r["type"])).Distinct().Count());
        foreach (var row in rows)
        {
            var kind = row["type"] switch
            {
                "place" => GazetteerKind.Place,
                "organization" => GazetteerKind.Organization,
                "given-name" => GazetteerKind.GivenName,
                "person" => GazetteerKind.Person,
                "misc" => GazetteerKind.Other,
                var t => throw new Xunit.Sdk.XunitException($"{row["form"]}: unknown type {t}"),
            };
            // As written in a sentence, and with a conjunction and preposition glued to it (a word of one letter, as in «د ب أ», takes none).
            foreach (var lead in row["form"].Split(' ')[0].Length > 1 ? ["", "وب"] : new[] { "" })
            {
                var tokens = $"قال {lead}{row["form"]} أمس".Split(' ');
                var words = tokens.Select(t => features.Word(t)).ToArray();
                var (begin, inside, end) = (new GazetteerKind[words.Length], new GazetteerKind[words.Length], new GazetteerKind[words.Length]);
                NerGazetteer.Default.Mark(words, begin, inside, end);
                Assert.True(begin[1].HasFlag(kind), $"«{lead}{row["form"]}» is not found as {row["type"]}");
                Assert.True(end[^2].HasFlag(kind), $"«{lead}{row["form"]}» does not end where it should");
            }
        }
    }

    [Fact]
    public void The_named_entity_model_loads_with_the_tags_of_ANERcorp_and_every_feature_group()
    {
        using var stream = LanguageData.Open(NamedEntityRecognizer.ResourceName);
        var model = NerModel.Load(stream);
        Assert.Equal(["O", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-ORG", "I-ORG", "B-PERS", "I-PERS"], model.Tags.Names);
        Assert.Equal(NerFeatureSet.All, model.Features);
        Assert.Equal(NerDocument.DefaultWindow, model.Window);
        Assert.Contains("train.txt", model.Description, StringComparison.Ordinal);
        Assert.InRange(model.UsedRows, 50_000, 1 << model.Bits);
        Assert.Equal(["B-PERS", "I-PERS", "O", "B-LOC"], NamedEntityRecognizer.Default.Tag(["فلاديمير", "بوتين", "في", "موسكو"]));
    }

    [Fact]
    public void Every_trigger_and_cue_is_found()
    {
        var lexicon = EventLexicon.Default;
        foreach (var row in LanguageData.Read("ar/event-triggers.tsv"))
        {
            var m = InSentence(lexicon.Triggers, row["form"]);
            Assert.True(m is not null, $"trigger '{row["form"]}' not found");
            Assert.Equal(Enum.Parse<EventType>(row["type"], ignoreCase: true), m.Value.Value.Type);
        }
        Assert.Equal(TriggerKind.Reception, InSentence(lexicon.Triggers, "واستقبله", enclitics: true)!.Value.Value.Kind);
        foreach (var row in LanguageData.Read("ar/event-cues.tsv"))
            Assert.Equal(row["role"], InSentence(lexicon.Cues, row["form"])!.Value.Value);
    }
}
