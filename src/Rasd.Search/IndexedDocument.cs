using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Pipeline;
using Document = Rasd.Core.Model.Document;

namespace Rasd.Search;

/// <summary>What the index holds of one document: its text and title, outlet, date, names and kinds of event.</summary>
public sealed record IndexedDocument(Document Document, PublishedDate Published, IReadOnlyList<Token> Tokens, IReadOnlyList<Mention> Mentions, IReadOnlyList<EventType> EventTypes)
{
    // Names of one document are one field: a gap keeps a phrase from running across two of them.
    private const int NameGap = 100;
    internal const char KeySeparator = '\t';

    public static IndexedDocument From(AnalyzedDocument doc) =>
        new(doc.Document, doc.Published, doc.Tokens, doc.Mentions, [.. doc.EventMentions.Select(e => e.Type)]);

    /// <summary>A stored document read back for the index (its tokens made again from its text).</summary>
    public static IndexedDocument From(Document document, PublishedDate published, IReadOnlyList<Mention> mentions, IReadOnlyList<EventMention> events) =>
        new(document, published, Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(document.RawText)), mentions, [.. events.Select(e => e.Type)]);

    internal Lucene.Net.Documents.Document ToLucene()
    {
        var d = Document;
        var doc = new Lucene.Net.Documents.Document
        {
            new StringField(Fields.Id, d.Id, Field.Store.YES),
            new StoredField(Fields.Source, d.Source),
            new StoredField(Fields.Text, d.RawText),
        };
        var text = new List<SearchTerm>(Tokens.Count + Tokens.Count / 8);
        SearchTerms.Add(text, Tokens);
        doc.Add(new TextField(Fields.Text, new PreAnalyzedStream(text)));
        if (d.Url is { } url) doc.Add(new StoredField(Fields.Url, url));
        if (d.Title is { Length: > 0 } title)
        {
            doc.Add(new StoredField(Fields.Title, title));
            doc.Add(new TextField(Fields.Title, new PreAnalyzedStream(SearchTerms.Of(title))));
        }
        if (d.Outlet is { Length: > 0 } outlet)
        {
            doc.Add(new StoredField(Fields.Outlet, outlet));
            doc.Add(new TextField(Fields.Outlet, new PreAnalyzedStream(SearchTerms.Of(outlet))));
            doc.Add(new SortedSetDocValuesField(Facets.Outlet, new BytesRef(outlet)));
        }
        if (Published.Date?.Start is { } day)
        {
            var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            doc.Add(new StringField(Fields.Date, iso, Field.Store.YES));
            doc.Add(new NumericDocValuesField(Fields.DateSort, day.Year * 10_000L + day.Month * 100 + day.Day));
            doc.Add(new SortedSetDocValuesField(Facets.Year, new BytesRef(day.Year.ToString(CultureInfo.InvariantCulture))));
        }
        AddNames(doc, Fields.Entity, Mentions);
        foreach (var key in Mentions.Select(m => m.Key).Distinct(StringComparer.Ordinal))
            doc.Add(new StringField(Fields.Key, key, Field.Store.NO));
        foreach (var (field, facet, types) in NameFields)
        {
            var mentions = Mentions.Where(m => types.Contains(m.Type)).ToList();
            AddNames(doc, field, mentions);
            // A name facet's value is the mention's key, and the name as this text writes it for an index without a store.
            foreach (var m in mentions.DistinctBy(m => m.Key, StringComparer.Ordinal))
                doc.Add(new SortedSetDocValuesField(facet, new BytesRef(m.Key + KeySeparator + m.Text)));
        }
        foreach (var type in EventTypes.Distinct())
        {
            var name = Rasd.Core.Model.EventTypes.Name(type);
            doc.Add(new StringField(Fields.Type, name, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(Facets.Type, new BytesRef(name)));
        }
        return doc;
    }

    internal static readonly (string Field, string Facet, EntityType[] Types)[] NameFields =
    [
        (Fields.Person, Facets.People, [EntityType.PER]),
        (Fields.Org, Facets.Organizations, [EntityType.ORG]),
        (Fields.Place, Facets.Places, [EntityType.GPE, EntityType.LOC]),
    ];

    private static void AddNames(Lucene.Net.Documents.Document doc, string field, IReadOnlyList<Mention> mentions)
    {
        if (mentions.Count == 0) return;
        var terms = new List<SearchTerm>();
        foreach (var text in mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal))
        {
            var start = terms.Count;
            terms.AddRange(SearchTerms.Of(text));
            if (start > 0 && terms.Count > start) terms[start] = terms[start] with { Step = NameGap };
        }
        doc.Add(new TextField(field, new PreAnalyzedStream(terms)));
    }
}

/// <summary>The names of the index's fields: the words a query may put before a colon.</summary>
public static class Fields
{
    public const string Id = "id";
    public const string Source = "source";
    public const string Url = "url";
    public const string Text = "text";
    public const string Title = "title";
    public const string Outlet = "outlet";
    public const string Date = "date";
    public const string DateSort = "date_sort";
    public const string Entity = "entity";
    public const string Person = "person";
    public const string Org = "org";
    public const string Place = "place";
    public const string Type = "type";

    /// <summary>The keys of the document's names, one term each: what a query naming a known entity ranks by.</summary>
    public const string Key = "key";

    /// <summary>The fields a query may name.</summary>
    public static readonly string[] Queryable = [Text, Title, Entity, Person, Org, Place, Outlet, Type, Date, Id];

    public static readonly string[] NameFields = [Entity, Person, Org, Place];
}

/// <summary>The facets a search counts: each a doc-values field of the index.</summary>
public static class Facets
{
    public const string People = "people";
    public const string Organizations = "organizations";
    public const string Places = "places";
    public const string Outlet = "outlets";
    public const string Year = "years";
    public const string Type = "types";

    public static readonly string[] All = [People, Organizations, Places, Outlet, Year, Type];

    /// <summary>Facets whose values are mention keys, shown by the entity each key resolves to.</summary>
    public static bool IsNames(string facet) => facet is People or Organizations or Places;
}
