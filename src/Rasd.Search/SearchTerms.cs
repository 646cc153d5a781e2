using System.Collections.Frozen;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Search;

/// <summary>One term of the index: its text, its raw span, and its step from the term before (0: the same word).</summary>
public readonly record struct SearchTerm(string Text, TextSpan Raw, int Step);

/// <summary>
/// The terms a text is indexed and searched by, the same on both sides: each word in match form
/// without its clitics («والوزراء» → «وزراء»), so a name is never cut by a stemmer («بوتين» stays
/// whole); a plural also stands as its singular (<c>resources/ar/plurals.tsv</c>) and a derived word
/// as its base (<see cref="Derivations"/>), at the same position; Latin words in lower case; numbers as digits; punctuation is no term.
/// </summary>
public static class SearchTerms
{
    private static readonly FrozenDictionary<string, string> Singulars = ReadPlurals();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SingularOf = Singulars.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The terms of a text as written (a query, a title).</summary>
    public static List<SearchTerm> Of(string raw)
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(raw));
        var terms = new List<SearchTerm>(tokens.Length + 4);
        Add(terms, tokens);
        return terms;
    }

    /// <summary>Adds the terms of every token, in order.</summary>
    public static void Add(List<SearchTerm> terms, IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens) Add(terms, token);
    }

    /// <summary>Adds the terms of one token (none for punctuation); returns whether it has any.</summary>
    public static bool Add(List<SearchTerm> terms, in Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Word:
                terms.Add(new SearchTerm(token.Stem, token.Raw, 1));
                var singular = SingularOf.TryGetValue(token.Stem, out var s) ? s : null;
                if (singular is not null) terms.Add(new SearchTerm(singular, token.Raw, 0));
                if (Derivations.BaseOf(token.Stem) is { } @base && @base != singular) terms.Add(new SearchTerm(@base, token.Raw, 0));
                return true;
            case TokenKind.Latin:
                terms.Add(new SearchTerm(token.Form.ToLowerInvariant(), token.Raw, 1));
                return true;
            case TokenKind.Number:
                terms.Add(new SearchTerm(token.Form, token.Raw, 1));
                return true;
            default:
                return false;
        }
    }

    private static FrozenDictionary<string, string> ReadPlurals()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in LanguageData.Read("ar/plurals.tsv"))
        {
            var plural = ArabicNormalizer.Normalize(row["plural"]);
            var singular = ArabicNormalizer.Normalize(row["singular"]);
            map[plural] = singular;
            // A final hamza takes a seat before a pronoun (وزراؤهم، وزرائها): the stem read off is «وزراو», «وزراي».
            if (plural.EndsWith('ء'))
            {
                map.TryAdd(plural[..^1] + "و", singular);
                map.TryAdd(plural[..^1] + "ي", singular);
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
