using Rasd.Analysis;
using Rasd.Core.Model;
using Rasd.Core.Pipeline;
using Rasd.Search;

namespace Rasd.Tests.Search;

public class SearchTermsTests
{
    private static List<string> Terms(string text) => [.. SearchTerms.Of(text).Select(t => t.Text)];

    [Fact]
    public void Clitics_come_off_and_a_plural_also_stands_as_its_singular()
    {
        Assert.Equal(["وزراء", "وزير"], Terms("والوزراء"));
        Assert.Equal(["وزير"], Terms("الوزير"));
        Assert.Equal(["موسكو"], Terms("لموسكو"));
        // The plural's singular stands at the same position: a phrase still reads in order.
        Assert.Equal([1, 0], SearchTerms.Of("والوزراء").Select(t => t.Step));
    }

    [Fact]
    public void A_name_is_never_stemmed()
    {
        Assert.Equal(["بوتين"], Terms("بوتين"));
        Assert.Equal(["بوتين"], Terms("وبوتين"));
        Assert.Equal(["ليبيا"], Terms("ليبيا"));
    }

    [Fact]
    public void Letters_are_folded_latin_is_lower_case_and_punctuation_is_no_term()
    {
        Assert.Equal(["اتفاقيه", "اتفاق", "cnn", "2018"], Terms("«اتفاقيّة»، CNN: 2018!"));
    }

    [Fact]
    public void A_derived_word_also_stands_as_its_base_and_a_name_never_does()
    {
        Assert.Equal(["ارهابيين", "ارهابي", "ارهاب"], Terms("الإرهابيين")); // plural, singular, base
        Assert.Equal(["مصريون", "مصري"], Terms("المصريون")); // a name is no base: «مصر» finds Egypt only
        Assert.Equal(["رياضيه", "رياضي"], Terms("الرياضية")); // sport, not Riyadh
        Assert.Equal(["طرابلسي"], Terms("الطرابلسي"));
        Assert.Equal(["حوثيين", "حوثي"], Terms("الحوثيين")); // «حوث» is no word: the cut stops at the adjective
        Assert.Equal(["مهدي"], Terms("مهدي")); // a given name, though «مهد» is a word
        Assert.Equal(["ياسين"], Terms("ياسين"));
        Assert.Equal([1, 0], SearchTerms.Of("اتفاقية").Select(t => t.Step));
    }

    [Fact]
    public void Each_term_keeps_its_span_in_the_text_as_written()
    {
        const string text = "التقى الوزيرُ بنظيره";
        var term = SearchTerms.Of(text)[1];
        Assert.Equal("الوزيرُ", text[term.Raw.Start..term.Raw.End]);
    }
}

public sealed class SearchIndexTests : IDisposable
{
    private readonly string _dir = TestSupport.TempDir();
    private readonly SearchIndex _index;
    private readonly Dictionary<string, AnalyzedDocument> _docs = [];

    public SearchIndexTests()
    {
        _index = SearchIndex.OpenForWriting(_dir);
        Add("ministers", "اجتمع الوزراء العرب في القاهرة أمس لبحث الأزمة الليبية.", "2016-03-02", "الأهرام", "اجتماع وزاري");
        Add("minister", "وصل وزير الخارجية الروسي سيرغي لافروف إلى الرياض والتقى الملك سلمان.", "2017-09-10", "العربية", "لافروف في الرياض");
        Add("putin", "قال الرئيس الروسي فلاديمير بوتين إن موسكو تدعم الحل السياسي في سوريا.", "2018-05-20", "الجزيرة", null);
        Add("bot", "أطلق فريق من المبرمجين بوت محادثة جديدا يجيب عن أسئلة القراء.", "2018-07-01", "الجزيرة", null);
        Add("visit", "زار المشير خليفة حفتر موسكو والتقى وزير الدفاع سيرغي شويغو.", "2017-08-14", "روسيا اليوم", null);
        _index.Commit();
    }

    private void Add(string name, string text, string date, string outlet, string? title)
    {
        var doc = TestSupport.Analyze(text, date);
        doc = RasdPipeline.Default.Run(doc.Document with { Outlet = outlet, Title = title, Source = name + ".txt" });
        _docs[name] = doc;
        _index.Add([IndexedDocument.From(doc)]);
    }

    private SearchResults Search(string query, SearchSort sort = SearchSort.Relevance, Func<string, IEnumerable<string>>? spellings = null) =>
        _index.Search(new SearchRequest(query) { Sort = sort }, new QueryReader(spellings));

    private List<string> Found(string query, SearchSort sort = SearchSort.Relevance) =>
        [.. Search(query, sort).Hits.Select(h => Path.GetFileNameWithoutExtension(h.Source))];

    [Fact]
    public void A_word_is_found_in_all_its_forms_and_a_name_only_as_itself()
    {
        Assert.Equal(["minister", "ministers", "visit"], Found("الوزير").Order());
        Assert.Equal(["putin"], Found("بوتين"));
        Assert.Equal(["bot"], Found("بوت"));
    }

    [Fact]
    public void A_search_for_a_word_finds_what_is_derived_from_it()
    {
        Add("terror", "أدانت الحكومة الهجمات الإرهابية وتعهدت بملاحقة الإرهابيين.", "2016-04-01", "الأهرام", null);
        _index.Commit();
        Assert.Equal(["terror"], Found("الإرهاب"));
        Assert.Equal(["terror"], Found("إرهابي"));
    }

    [Fact]
    public void The_word_as_written_ranks_before_what_it_is_derived_from()
    {
        Add("accord", "بحث الوفدان الاتفاق التجاري، وقالا إن الاتفاق سيوقع قريبا وإن الاتفاق يفتح الأسواق.", "2016-04-02", "الأهرام", null);
        Add("treaty", "بحث الوفدان الاتفاقية التجارية، وقالا إن الاتفاق سيوقع قريبا وإن البلدين يفتحان الأسواق.", "2016-04-03", "الأهرام", null);
        _index.Commit();
        Assert.Equal(["treaty", "accord"], Found("الاتفاقية"));
        Assert.Equal(["accord", "treaty"], Found("الاتفاق"));
        // The base counts half as much as the word itself.
        Assert.Contains("text:اتفاق^0.5", new QueryReader().Read("الاتفاقية").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_must_all_be_there_unless_joined_by_or_and_not_leaves_out()
    {
        Assert.Equal(["minister"], Found("وزير لافروف"));
        Assert.Equal(["minister", "putin"], Found("لافروف OR بوتين").Order());
        Assert.Equal(["ministers", "visit"], Found("الوزير NOT لافروف").Order());
        Assert.Equal(["minister", "visit"], Found("الوزير AND (لافروف OR شويغو)").Order());
    }

    [Fact]
    public void A_phrase_keeps_its_words_in_order()
    {
        Assert.Equal(["minister"], Found("\"وزير الخارجية\""));
        Assert.Empty(Found("\"الخارجية وزير\""));
        Assert.Equal(["visit"], Found("\"وزير الدفاع\""));
    }

    [Fact]
    public void Dates_filter_by_year_month_day_and_range()
    {
        Assert.Equal(["bot", "putin"], Found("date:2018").Order());
        Assert.Equal(["putin"], Found("date:2018-05"));
        Assert.Equal(["visit"], Found("date:2017-08-14"));
        Assert.Equal(["minister", "putin", "visit"], Found("date:[2017 TO 2018-06]").Order());
        Assert.Equal(["bot", "putin"], Found("date:[2018-01 TO *]").Order());
    }

    [Fact]
    public void Outlet_type_and_name_fields()
    {
        Assert.Equal(["bot", "putin"], Found("outlet:الجزيرة").Order());
        Assert.Equal(["minister", "visit"], Found("type:visit").Order()); // «وصل … إلى الرياض» is a visit too
        Assert.Equal(["visit"], Found("person:حفتر"));
        Assert.Equal(["minister", "visit"], Found("entity:سيرغي").Order());
        Assert.Equal(["minister"], Found("title:الرياض"));
    }

    [Fact]
    public void A_name_field_finds_the_other_spellings_of_the_entity()
    {
        Assert.Empty(Search("entity:شويجو").Hits);
        var hits = Search("entity:شويجو", spellings: name => name == "شويجو" ? ["سيرغي شويغو"] : []).Hits;
        Assert.Equal("visit.txt", Assert.Single(hits).Source);
    }

    [Fact]
    public void Sorting_by_date_either_way()
    {
        Assert.Equal(["bot", "putin", "minister", "visit", "ministers"], Found("date:[2016 TO 2018]", SearchSort.Newest));
        Assert.Equal(["ministers", "visit", "minister", "putin", "bot"], Found("date:[2016 TO 2018]", SearchSort.Oldest));
    }

    [Fact]
    public void Pages_and_totals()
    {
        var first = _index.Search(new SearchRequest("date:[2016 TO 2018]") { Limit = 2, Sort = SearchSort.Oldest });
        var second = _index.Search(new SearchRequest("date:[2016 TO 2018]") { Limit = 2, Offset = 2, Sort = SearchSort.Oldest });
        Assert.Equal((5, 5), (first.Total, second.Total));
        Assert.Equal(["ministers.txt", "visit.txt"], first.Hits.Select(h => h.Source));
        Assert.Equal(["minister.txt", "putin.txt"], second.Hits.Select(h => h.Source));
        Assert.Equal(5, _index.Search(new SearchRequest("*") { Limit = 0 }).Total); // every document
        // A page of none counts, and so does a page past the last hit, by date or by relevance.
        Assert.Equal(5, _index.Search(new SearchRequest("date:[2016 TO 2018]") { Limit = 0 }).Total);
        Assert.Equal(5, _index.Search(new SearchRequest("date:[2016 TO 2018]") { Limit = 0, Sort = SearchSort.Newest }).Total);
        Assert.Equal(5, _index.Search(new SearchRequest("date:[2016 TO 2018]") { Limit = 2, Offset = 10 }).Total);
    }

    [Fact]
    public void Facets_count_the_documents_of_every_hit_not_only_the_page()
    {
        var results = _index.Search(new SearchRequest("date:[2016 TO 2018]") { Limit = 1 });
        Assert.Equal([new FacetValue("الجزيرة", 2)], results.Facets[Facets.Outlet].Take(1));
        Assert.Equal(["2018", "2017", "2016"], results.Facets[Facets.Year].Select(v => v.Value));
        Assert.Contains(results.Facets[Facets.Type], v => v.Value == "visit" && v.Count == 2);
        Assert.True(results.Facets[Facets.People].Any(v => v.Value.Contains("بوتين", StringComparison.Ordinal)), string.Join(", ", results.Facets[Facets.People]));
    }

    [Fact]
    public void A_name_facet_counts_an_entity_once_per_document_however_it_is_written()
    {
        // Two spellings of one person, resolved to the same entity.
        var results = _index.Search(new SearchRequest("person:سيرغي"), entityOfKey: _ => "one entity");
        Assert.Equal([new FacetValue("one entity", 2)], results.Facets[Facets.People]);
    }

    [Fact]
    public void Snippets_mark_the_matched_words_where_they_stand_in_the_text()
    {
        var hit = Assert.Single(Search("وزراء العرب").Hits);
        var text = _docs["ministers"].Raw;
        var snippet = Assert.Single(hit.Snippets);
        Assert.Equal(text[snippet.Start..snippet.End], snippet.Text);
        Assert.Equal(["الوزراء", "العرب"], snippet.Highlights.Select(h => text[h.Start..h.End]));
        var prefix = Assert.Single(Search("لافرو*").Hits);
        Assert.Equal(["لافروف"], prefix.Snippets.SelectMany(s => s.Highlights).Select(h => _docs["minister"].Raw[h.Start..h.End]));
        // A query of filters only marks nothing and shows the opening words.
        var opening = Assert.Single(Search("type:visit AND date:2017-08").Hits).Snippets.Single();
        Assert.Empty(opening.Highlights);
        Assert.StartsWith("زار المشير", opening.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_document_again_replaces_it()
    {
        _index.Add([IndexedDocument.From(_docs["putin"])]);
        _index.Commit();
        Assert.Equal(5, _index.Count);
        Assert.Single(Search("بوتين").Hits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("foo:bar")]
    [InlineData("\"وزير")]
    [InlineData("type:party")]
    [InlineData("date:yesterday")]
    [InlineData("title:[ا TO ي]")]
    public void A_query_that_cannot_be_read_says_why(string query)
    {
        var e = Assert.Throws<FormatException>(() => Search(query));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void A_page_is_bounded()
    {
        Assert.Throws<ArgumentException>(() => _index.Search(new SearchRequest("وزير") { Limit = SearchRequest.MaxLimit + 1 }));
        Assert.Throws<ArgumentException>(() => _index.Search(new SearchRequest("وزير") { Offset = -1 }));
    }

    [Fact]
    public void A_folder_without_an_index_gets_a_clear_error()
    {
        var e = Assert.Throws<FileNotFoundException>(() => SearchIndex.OpenExisting(TestSupport.TempDir()));
        Assert.Contains("rasd index", e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
