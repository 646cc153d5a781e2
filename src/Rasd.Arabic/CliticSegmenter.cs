using System.Collections.Frozen;

namespace Rasd.Arabic;

/// <summary>
/// Reads clitics off Arabic words with a lexicon of word counts built from the corpus
/// (<c>resources/ar/lexicon.tsv</c>, by <c>rasd build-lexicon</c>). A reading that removes a
/// conjunction, preposition or future marker, or a pronoun suffix, is taken only when the stem is
/// a word of its own at least as frequent as the whole form: «لحفتر» is ل + حفتر (حفتر is far
/// more frequent), «ليبيا» stays whole («يبيا» is no word), «وزير» stays whole («زير» is rare).
/// The article is read off whenever it is written as one (ال with a plain alef, not the hamza of
/// «ألف» or the madda of «آلاف», which folding hides). Function words of
/// <c>unsplittable.tsv</c> are never cut.
/// </summary>
public sealed class CliticSegmenter
{
    private const int MinStemCount = 3;
    // A stem must be at least this frequent relative to the whole form: و+قال passes (قال 17k, وقال 34k),
    // وزير does not (زير 8 against 15k), nor فقط (قط 191 against 9k).
    private const double MinStemShare = 0.2;
    private const int MinStemLength = 2;
    private const string Article = "ال";
    private static readonly string[] NoProclitics = [];

    private readonly FrozenDictionary<string, int> _counts;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenSet<string> _whole;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _wholeLookup;
    private readonly (string Text, string[] Parts)[] _outer; // conjunction, preposition, future chains; longest first
    private readonly string[] _enclitics; // longest first
    private readonly FrozenSet<char> _prepositions;
    private readonly FrozenSet<char> _clitic; // every letter a clitic begins or ends with
    private readonly Dictionary<string[], string[]> _withArticle = new(ReferenceEqualityComparer.Instance); // each chain with the article after it, made once

    public static CliticSegmenter Default { get; } = new(
        LanguageData.Read("ar/lexicon.tsv").Select(r => (r["form"], r.Int("count"))),
        LanguageData.Read("ar/unsplittable.tsv").Select(r => r["form"]),
        LanguageData.Read("ar/clitics.tsv"));

    public CliticSegmenter(IEnumerable<(string Form, int Count)> lexicon, IEnumerable<string> unsplittable, IReadOnlyList<DataRow> clitics)
    {
        _counts = lexicon.ToFrozenDictionary(x => x.Form, x => x.Count, StringComparer.Ordinal);
        _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
        _whole = unsplittable.Select(ArabicNormalizer.Normalize).ToFrozenSet(StringComparer.Ordinal);
        _wholeLookup = _whole.GetAlternateLookup<ReadOnlySpan<char>>();
        var pro = clitics.Where(r => r["position"] == "pro").ToList();
        var slots = pro.Where(r => ArabicNormalizer.Normalize(r["form"]) is not (Article or "لل"))
            .GroupBy(r => r.Int("slot")).OrderBy(g => g.Key).Select(g => g.Select(r => ArabicNormalizer.Normalize(r["form"])).ToArray()).ToList();
        var chains = new List<string[]> { Array.Empty<string>() };
        foreach (var slot in slots) chains.AddRange(chains.SelectMany(c => slot.Select(f => (string[])[.. c, f])).ToList());
        _outer = [.. chains.Where(c => c.Length > 0).Select(c => (string.Concat(c), c)).OrderByDescending(c => c.Item1.Length)];
        foreach (var (_, parts) in _outer) _withArticle[parts] = [.. parts, Article];
        _withArticle[NoProclitics] = [Article];
        _prepositions = pro.Where(r => r["meaning"].StartsWith("preposition", StringComparison.Ordinal) && r["form"].Length == 1)
            .Select(r => ArabicNormalizer.Normalize(r["form"])[0]).ToFrozenSet();
        _enclitics = [.. clitics.Where(r => r["position"] == "en" && r["strip"] == "yes").Select(r => ArabicNormalizer.Normalize(r["form"])).OrderByDescending(e => e.Length)];
        _clitic = pro.Select(r => ArabicNormalizer.Normalize(r["form"])[0]).Concat(_enclitics.Select(e => e[^1])).ToFrozenSet();
    }

    public int CountOf(ReadOnlySpan<char> form) => _lookup.TryGetValue(form, out var c) ? c : 0;

    /// <summary>The count of <c>prefix + middle + suffix</c>, built on the stack: the hot path allocates nothing.</summary>
    private int CountOf(ReadOnlySpan<char> prefix, ReadOnlySpan<char> middle, ReadOnlySpan<char> suffix, out bool whole)
    {
        var length = prefix.Length + middle.Length + suffix.Length;
        Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
        prefix.CopyTo(buffer);
        middle.CopyTo(buffer[prefix.Length..]);
        suffix.CopyTo(buffer[(prefix.Length + middle.Length)..]);
        whole = _wholeLookup.Contains(buffer);
        return CountOf(buffer);
    }

    /// <summary>
    /// A word read as proclitics (outermost first), the stem <c>[StemStart, StemEnd)</c> of its form,
    /// and a pronoun suffix; <see cref="RestoreTaMarbuta"/> when the stem's last letter is a ta
    /// marbuta written as ت before the pronoun (زيارته).
    /// </summary>
    public readonly record struct Reading(string[] Proclitics, int StemStart, int StemEnd, string Enclitic, bool RestoreTaMarbuta)
    {
        public int CliticCount => Proclitics.Length + (Enclitic.Length > 0 ? 1 : 0);

        public string Stem(string form) => RestoreTaMarbuta ? string.Concat(form.AsSpan(StemStart, StemEnd - StemStart - 1), "ه") : form[StemStart..StemEnd];
    }

    /// <summary>
    /// Segments <paramref name="form"/> (match form). <paramref name="raw"/> is the word as written,
    /// which tells a real article and a real pronoun from what folding makes look like one.
    /// Of the readings the lexicon supports, the one with the most clitics wins.
    /// </summary>
    public Reading Segment(string form, ReadOnlySpan<char> raw)
    {
        var best = new Reading(NoProclitics, 0, form.Length, "", false);
        // Most words can carry no clitic at all: neither their first nor their last letter could be one.
        if (form.Length < 2 || !_clitic.Contains(form[0]) && !_clitic.Contains(form[^1]) || _wholeLookup.Contains(form)) return best;
        var wholeCount = CountOf(form);
        var endsInTaMarbuta = LastRawLetter(raw) == 'ة';
        var plainAlef = PlainAlefMask(raw);
        Consider(NoProclitics, 0);
        foreach (var (text, parts) in _outer)
            if (form.Length - text.Length >= MinStemLength && form.StartsWith(text, StringComparison.Ordinal) && !CutsWholeWord(form, parts))
                Consider(parts, text.Length);
        return best;

        void Consider(string[] outer, int start)
        {
            // Without the article, with it (الخارجية), and with «لل» read as ل + ال (للاتفاق).
            Try(outer, start, start);
            var rest = form.AsSpan(start);
            if (_wholeLookup.Contains(rest)) return;
            if (rest.StartsWith(Article) && rest.Length - 2 >= MinStemLength && start < 32 && (plainAlef & (1 << start)) != 0)
                Try(WithArticle(outer), start, start + 2);
            else if (outer is [.., "ل"] && rest.StartsWith("ل") && rest.Length - 1 >= MinStemLength)
                Try(WithArticle(outer), start, start + 1, fused: true);
        }

        void Try(string[] pro, int outerEnd, int stemStart, bool fused = false)
        {
            var hasArticle = pro is [.., Article];
            Keep(new Reading(pro, stemStart, form.Length, "", false), outerEnd, hasArticle, fused);
            if (endsInTaMarbuta) return;
            var stem = form.AsSpan(stemStart);
            foreach (var enc in _enclitics)
            {
                if (!stem.EndsWith(enc)) continue;
                var core = stem.Length - enc.Length;
                if (core == 1 && pro.Length == 0 && _prepositions.Contains(stem[0]))
                    Keep(new Reading(NoProclitics, stemStart, stemStart + 1, enc, false), outerEnd, false, false, always: true); // له، بها، لهم
                else if (core >= MinStemLength)
                {
                    var restore = stem[core - 1] == 'ت' && CountOf("", stem[..(core - 1)], "ه", out _) >= CountOf(stem[..core]);
                    Keep(new Reading(pro, stemStart, stemStart + core, enc, restore), outerEnd, hasArticle, fused);
                }
            }
        }

        // A reading that removes a conjunction, preposition, future marker or pronoun must leave a word
        // (the article kept) frequent enough beside the whole form; the article alone is always read off.
        void Keep(Reading r, int outerEnd, bool hasArticle, bool fused, bool always = false)
        {
            if (r.CliticCount <= best.CliticCount) return;
            if (!always && (outerEnd > 0 || r.Enclitic.Length > 0))
            {
                var count = CountOf(fused ? "ا" : "", form.AsSpan(outerEnd, r.StemEnd - outerEnd - (r.RestoreTaMarbuta ? 1 : 0)), r.RestoreTaMarbuta ? "ه" : "", out var isWhole);
                if (isWhole) count = int.MaxValue;
                if (count < MinStemCount || count < MinStemShare * wholeCount) return;
            }
            else if (!always && !hasArticle) return;
            best = r;
        }
    }

    private string[] WithArticle(string[] outer) => _withArticle.TryGetValue(outer, out var chain) ? chain : [.. outer, Article];

    /// <summary>True when a chain of proclitics would cut into a word of the unsplittable list («وبعد» is و + بعد).</summary>
    private bool CutsWholeWord(string form, string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            if (_wholeLookup.Contains(form.AsSpan(at))) return true;
            at += part.Length;
        }
        return false;
    }

    /// <summary>
    /// Bit i is set when the i-th letter of the match form was written as a plain alef (ا or ٱ) in the
    /// raw word: only then can «ال» be the article (folding also makes ا of أ, إ and آ).
    /// </summary>
    private static int PlainAlefMask(ReadOnlySpan<char> raw)
    {
        int mask = 0, n = 0;
        foreach (var c in raw)
        {
            if (ArabicNormalizer.IsDiacritic(c) || ArabicNormalizer.IsTatweel(c) || ArabicNormalizer.IsFormatControl(c)) continue;
            if (n >= 32) break;
            if (c is 'ا' or 'ٱ') mask |= 1 << n;
            n++;
        }
        return mask;
    }

    private static char LastRawLetter(ReadOnlySpan<char> raw)
    {
        for (var i = raw.Length - 1; i >= 0; i--)
            if (char.IsLetter(raw[i])) return raw[i];
        return '\0';
    }
}
