using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Search;

/// <summary>
/// Reads a query as analysts write it: words (all of them must be there), "phrases", AND / OR / NOT,
/// parentheses, and fields: <c>entity:</c> (also <c>person:</c>, <c>org:</c>, <c>place:</c>) for a
/// name as the text writes it, with the other spellings the store knows of that entity;
/// <c>title:</c>, <c>outlet:</c>, <c>type:visit</c>, and dates (<c>date:2016</c>, <c>date:2016-06</c>,
/// <c>date:[2016-01 TO 2018]</c>). Words without a field are looked for in the text and the title;
/// <c>*</c> alone is every document.
/// </summary>
public sealed class QueryReader
{
    private static readonly Dictionary<string, float> Boosts = new(StringComparer.Ordinal) { [Fields.Text] = 1f, [Fields.Title] = 2f };
    // A word as written counts more than the singular or base it also stands for: «اتفاقية» first, then «اتفاق».
    private const float AlternateWeight = 0.5f;
    // A document where the words are the name of the known entity they spell ranks as if it matched one more word.
    private const float EntityWeight = 1f;
    private readonly Func<string, IEnumerable<string>>? _spellings;
    private readonly Func<string, string?>? _knownEntity;

    /// <param name="spellings">The other names of the entity a name stands for, when a store is at hand.</param>
    /// <param name="knownEntity">The key of the known entity words are the name of («الاتحاد الأوروبي» → kb:european-union).</param>
    public QueryReader(Func<string, IEnumerable<string>>? spellings = null, Func<string, string?>? knownEntity = null)
    {
        _spellings = spellings;
        _knownEntity = knownEntity;
    }

    /// <summary>The query; a <see cref="FormatException"/> that says what is wrong when it cannot be read.</summary>
    public Query Read(string query)
    {
        if (string.IsNullOrWhiteSpace(query)) throw new FormatException("The query is empty.");
        if (query.Trim() is "*" or "*:*") return new MatchAllDocsQuery(); // every document: to browse by date, or read the facets of all
        var parser = new Parser(_spellings, _knownEntity);
        try
        {
            return Weighed(parser.Parse(query));
        }
        catch (ParseException e)
        {
            throw new FormatException($"Cannot read the query «{query}»: {FirstLine(e.Message)}", e);
        }
    }

    /// <summary>The query with the other terms of each word (those at its position, <see cref="SearchTerms"/>) weighed less than the word.</summary>
    private static Query Weighed(Query query)
    {
        if (query is not BooleanQuery boolean) return query;
        // The parser makes one coord-free group of term queries for the terms that share a position, the word's own first.
        if (boolean.CoordDisabled && boolean.Clauses.Count > 1 && boolean.Clauses.All(c => c.Query is TermQuery && c.Occur == Occur.SHOULD))
            foreach (var clause in boolean.Clauses.Skip(1)) clause.Query.Boost *= AlternateWeight;
        else
            foreach (var clause in boolean.Clauses) Weighed(clause.Query);
        return query;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private sealed class Parser : MultiFieldQueryParser
    {
        private readonly Func<string, IEnumerable<string>>? _spellings;
        private readonly Func<string, string?>? _knownEntity;

        public Parser(Func<string, IEnumerable<string>>? spellings, Func<string, string?>? knownEntity)
            : base(LuceneVersion.LUCENE_48, [Fields.Text, Fields.Title], new RasdAnalyzer(), Boosts)
        {
            _spellings = spellings;
            _knownEntity = knownEntity;
            DefaultOperator = Operator.AND;
            AutoGeneratePhraseQueries = true; // «خليفة حفتر» in a field is the name, words in order
        }

        protected override Query GetFieldQuery(string field, string queryText, bool quoted)
        {
            if (field is null) return NamedEntity(base.GetFieldQuery(field!, queryText, quoted), queryText)!; // null for a word that is no term, as the base gives
            Check(field);
            return field switch
            {
                Fields.Date => DateRange(queryText, queryText),
                Fields.Type => TypeQuery(queryText),
                Fields.Id => new PrefixQuery(new Term(Fields.Id, queryText.Trim())),
                _ when Fields.NameFields.Contains(field) => NameQuery(field, queryText),
                _ => base.GetFieldQuery(field, queryText, quoted),
            };
        }

        protected override Query GetFieldQuery(string field, string queryText, int slop)
        {
            if (field is not null) Check(field);
            var phrase = base.GetFieldQuery(field!, queryText, slop); // a quoted phrase comes here
            return field is null ? NamedEntity(phrase, queryText)! : phrase;
        }

        protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
        {
            Check(field);
            if (field != Fields.Date) throw new ParseException($"Only dates take a range («date:[2016 TO 2018]»), not '{field}'.");
            return DateRange(part1, part2);
        }

        protected override Query GetPrefixQuery(string field, string termStr) => base.GetPrefixQuery(Checked(field), ArabicNormalizer.Normalize(termStr));

        protected override Query GetWildcardQuery(string field, string termStr) => base.GetWildcardQuery(Checked(field), ArabicNormalizer.Normalize(termStr));

        protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) => base.GetFuzzyQuery(Checked(field), ArabicNormalizer.Normalize(termStr), minSimilarity);

        private static string Checked(string field)
        {
            if (field is not null) Check(field);
            return field!;
        }

        private static void Check(string field)
        {
            if (!Fields.Queryable.Contains(field))
                throw new ParseException($"No field '{field}': a query may name {string.Join(", ", Fields.Queryable)} (put a word with a colon in quotes).");
        }

        /// <summary>
        /// Words that spell a known entity's name («"الاتحاد الأوروبي"»، «بوتين») must be there as before, and rank
        /// first where they are that entity's name, not another's (UEFA, in a football report).
        /// </summary>
        private Query? NamedEntity(Query? words, string text)
        {
            if (words is null || _knownEntity?.Invoke(text) is not { } key) return words;
            return new BooleanQuery { { words, Occur.MUST }, { new TermQuery(new Term(Fields.Key, key)) { Boost = EntityWeight }, Occur.SHOULD } };
        }

        /// <summary>The name as written, or any other spelling of the entity it is a name of.</summary>
        private Query NameQuery(string field, string name)
        {
            var spellings = new List<string> { name };
            if (_spellings is not null) spellings.AddRange(_spellings(name));
            var any = new BooleanQuery();
            foreach (var spelling in spellings.Distinct(StringComparer.Ordinal))
                if (base.GetFieldQuery(field, spelling, true) is { } q) any.Add(q, Occur.SHOULD);
            return any.Clauses.Count switch
            {
                0 => throw new ParseException($"'{field}:{name}' names no word."),
                1 => any.Clauses[0].Query,
                _ => any,
            };
        }

        private static Query TypeQuery(string text)
        {
            try
            {
                return new TermQuery(new Term(Fields.Type, EventTypes.Name(EventTypes.Parse(text))));
            }
            catch (FormatException e)
            {
                throw new ParseException(e.Message);
            }
        }

        /// <summary>All days from the first of <paramref name="from"/> to the last of <paramref name="to"/> (a year, a month or a day; «*» is open).</summary>
        private static Query DateRange(string? from, string? to) =>
            TermRangeQuery.NewStringRange(Fields.Date, Bound(from, first: true), Bound(to, first: false), true, true);

        private static string? Bound(string? text, bool first)
        {
            if (text is null or "*") return null;
            var t = text.Trim();
            string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
            foreach (var format in formats)
            {
                if (!DateOnly.TryParseExact(t, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) continue;
                var last = format switch
                {
                    "yyyy" => new DateOnly(d.Year, 12, 31),
                    "yyyy-MM" => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)),
                    _ => d,
                };
                return (first ? d : last).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            throw new ParseException($"'{text}' is no date: write 2016, 2016-06 or 2016-06-12.");
        }
    }
}
