using System.Collections.Frozen;
using Rasd.Arabic;

namespace Rasd.Search;

/// <summary>
/// The base a derived word is also searched under (<c>resources/ar/derivations.tsv</c>): «الإرهابيين» →
/// «إرهاب», «اتفاقية» → «اتفاق». Cuts are only kept when the lexicon knows what is left as a word;
/// names are never cut («مهدي» stays whole) and never a base («المصريين» → «مصري», not «مصر»), so a
/// search for a name finds the name.
/// </summary>
public static class Derivations
{
    private const int MinBaseLength = 3;
    // A base is a word of its own: seen this often, bare or with the article, over the corpus the lexicon counts.
    private const int MinBaseCount = 50;
    private static readonly (string Suffix, string Replacement)[] Rules = ReadRules();
    private static readonly FrozenSet<string> Names = ReadNames();

    /// <summary>The base of a word in match form without clitics, or null when it has none.</summary>
    public static string? BaseOf(string stem)
    {
        if (Names.Contains(stem)) return null;
        string? found = null;
        var current = stem;
        while (Cut(current) is { } next)
        {
            current = next;
            // «الرياضية» is not of Riyadh, nor «الطرابلسي» (a surname) of Tripoli: a name is never a base.
            if (IsName(current)) break;
            if (IsWord(current)) found = current;
        }
        return found;
    }

    private static string? Cut(string word)
    {
        foreach (var (suffix, replacement) in Rules)
            if (word.Length - suffix.Length >= MinBaseLength && word.EndsWith(suffix, StringComparison.Ordinal))
                return string.Concat(word.AsSpan(0, word.Length - suffix.Length), replacement);
        return null;
    }

    private static bool IsName(string form) => Names.Contains(form) || Names.Contains("ال" + form);

    private static bool IsWord(string form) =>
        CliticSegmenter.Default.CountOf(form) + CliticSegmenter.Default.CountOf("ال" + form) >= MinBaseCount;

    private static (string, string)[] ReadRules() =>
        [.. LanguageData.Read("ar/derivations.tsv").Select(r => (ArabicNormalizer.Normalize(r["suffix"]), ArabicNormalizer.Normalize(r.Get("replacement") ?? "")))];

    private static FrozenSet<string> ReadNames() =>
        LanguageData.Read("ar/names.tsv").Select(r => ArabicNormalizer.Normalize(r["form"])).Where(f => !f.Contains(' ', StringComparison.Ordinal)).ToFrozenSet(StringComparer.Ordinal);
}
