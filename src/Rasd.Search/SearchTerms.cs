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
/// whole); a plural also stands as its singular (<c>resources/ar/plurals.tsv</c>), at the same
/// position; Latin words in lower case; numbers as digits; punctuation is no term.
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
        Add(terms, tokens, 0, tokens.Length);
        return terms;
    }

    /// <summary>Adds the terms of <c>tokens[first..end)</c>; the first term steps <paramref name="firstStep"/> from what is already there.</summary>
    public static void Add(List<SearchTerm> terms, IReadOnlyList<Token> tokens, int first, int end, int firstStep = 1)
    {
        var step = firstStep;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Word:
                    terms.Add(new SearchTerm(token.Stem, token.Raw, step));
                    if (SingularOf.TryGetValue(token.Stem, out var singular)) terms.Add(new SearchTerm(singular, token.Raw, 0));
                    break;
                case TokenKind.Latin:
                    terms.Add(new SearchTerm(token.Form.ToLowerInvariant(), token.Raw, step));
                    break;
                case TokenKind.Number:
                    terms.Add(new SearchTerm(token.Form, token.Raw, step));
                    break;
                default:
                    continue;
            }
            step = 1;
        }
    }

    /// <summary>The singular a plural stands for as well, in match form, or null.</summary>
    public static string? Singular(string stem) => Singulars.GetValueOrDefault(stem);

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
