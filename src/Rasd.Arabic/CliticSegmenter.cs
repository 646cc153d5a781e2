using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Rasd.Arabic;

/// <summary>
/// Reads clitics off Arabic words with a lexicon of word counts built from the corpus
/// (<c>resources/ar/lexicon.tsv</c>, by <c>rasd build-lexicon</c>). Of the readings of a word, the
/// one with the most clitics that passes every test of the lexicon wins:
/// <list type="bullet">
/// <item>each proclitic cut leaves a known stem that is not much rarer than the form it was cut
/// from: «لحفتر» is ل + حفتر, «ليبيا» stays whole («يبيا» is no word), «وبينهما» is و + بين + هما and
/// never و + ب + ين («ين» is rare beside «بين»);</item>
/// <item>a form that takes the article itself is a word of its own, not a clitic and a stem:
/// «باب» (الباب), «كامل» (الكامل), «واحد» (الواحد), «سكان» (السكان) stay whole, and so does an
/// «ال» that is part of a word (التزام → الالتزام);</item>
/// <item>a pronoun suffix is read off only a stem that takes other pronouns too: «قوله» (قولها،
/// قولهم) is قول + ه, «هناك» stays whole;</item>
/// <item>clitics keep to what they attach to (<c>clitics.tsv</c>): the future «س» comes only
/// before an imperfect verb, «ك» only before a noun.</item>
/// </list>
/// Function words of <c>unsplittable.tsv</c> are never cut.
/// </summary>
public sealed class CliticSegmenter
{
    private const int MinStemCount = 3;
    // A stem must be at least this frequent beside the form it is cut from: و+قال passes (قال 17k, وقال 34k),
    // ب+شكل and و+أضاف too (1.7k beside 15k, 826 beside 17k), ب+ين does not (210 beside بين 44k).
    private const double MinStemShare = 0.02;
    // A form seen with the article or with clitics of its own this often (beside its own count) is a word of its own.
    private const double ArticleShare = 0.01;
    private const double OwnCliticShare = 0.01;
    // A stem takes pronouns when its other pronoun forms are this frequent beside the form read
    // (نفسه 6k: نفسهم 17; حسنا 163: حسه، حسها next to none).
    private const double OtherPronounShare = 0.002;
    private const int MinOtherPronouns = 10;
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
    private readonly FrozenDictionary<string, string> _stemBegins; // proclitic → the letters its stem may begin with
    private readonly FrozenSet<string> _nounOnly; // proclitics whose stem must take the article
    private readonly FrozenDictionary<string, int> _slot; // proclitic → its slot (1 conjunction, 2 preposition or future, 3 article)
    private readonly ConcurrentDictionary<string, Reading> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Reading>.AlternateLookup<ReadOnlySpan<char>> _cacheLookup;
    private int _cached;
    private const int MaxCached = 100_000; // spellings kept: bounded memory, and the frequent ones come first
    private readonly Dictionary<string[], string[]> _withArticle = new(ReferenceEqualityComparer.Instance); // each chain with the article after it, made once

    public static CliticSegmenter Default { get; } = new(
        LanguageData.Read("ar/lexicon.tsv").Select(r => (r["form"], r.Int("count"))),
        LanguageData.Read("ar/unsplittable.tsv").Select(r => r["form"]),
        LanguageData.Read("ar/clitics.tsv"));

    public CliticSegmenter(IEnumerable<(string Form, int Count)> lexicon, IEnumerable<string> unsplittable, IReadOnlyList<DataRow> clitics)
    {
        _cacheLookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
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
        _stemBegins = pro.Where(r => r.Get("stem-begins") is not null)
            .ToFrozenDictionary(r => ArabicNormalizer.Normalize(r["form"]), r => ArabicNormalizer.Normalize(r["stem-begins"]), StringComparer.Ordinal);
        _slot = pro.ToFrozenDictionary(r => ArabicNormalizer.Normalize(r["form"]), r => r.Int("slot"), StringComparer.Ordinal);
        _nounOnly = pro.Where(r => r.Get("stem-takes-article") == "yes").Select(r => ArabicNormalizer.Normalize(r["form"])).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Forgets the spellings read so far (benchmarks measure the first reading with it).</summary>
    public void ClearCache()
    {
        _cache.Clear();
        _cached = 0;
    }

    /// <summary>Whether the word is one of <c>unsplittable.tsv</c>: never cut, whatever clitics its letters look like.</summary>
    public bool IsWhole(ReadOnlySpan<char> form) => _wholeLookup.Contains(form);

    public int CountOf(ReadOnlySpan<char> form) => _lookup.TryGetValue(form, out var c) ? c : 0;

    /// <summary>The count of <c>prefix + middle + suffix</c>, built on the stack: the hot path allocates nothing.</summary>
    private int CountOf(ReadOnlySpan<char> prefix, ReadOnlySpan<char> middle, ReadOnlySpan<char> suffix) => CountOf(prefix, middle, suffix, out _);

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
        // News repeats its words: each spelling is read once (the match form follows from the raw word).
        if (_cacheLookup.TryGetValue(raw, out var cached)) return cached;
        best = Read(form, raw, best);
        if (Interlocked.Increment(ref _cached) <= MaxCached) _cacheLookup.TryAdd(raw, best);
        return best;
    }

    private Reading Read(string form, ReadOnlySpan<char> raw, Reading best)
    {
        var endsInTaMarbuta = LastRawLetter(raw) == 'ة';
        var (plainAlef, hamzaAlef) = AlefMasks(raw);
        Consider(NoProclitics, 0);
        foreach (var (text, parts) in _outer)
            if (form.Length - text.Length >= MinStemLength && form.StartsWith(text, StringComparison.Ordinal))
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
            Keep(new Reading(pro, stemStart, form.Length, "", false), outerEnd, fused);
            if (endsInTaMarbuta) return;
            var stem = form.AsSpan(stemStart);
            foreach (var enc in _enclitics)
            {
                if (!stem.EndsWith(enc)) continue;
                var core = stem.Length - enc.Length;
                if (core == 1 && _prepositions.Contains(stem[0]) && pro.All(p => _slot[p] == 1))
                    Keep(new Reading(pro, stemStart, stemStart + 1, enc, false), outerEnd, false, always: true); // له، بها، وله
                else if (core >= MinStemLength)
                {
                    var restore = stem[core - 1] == 'ت' && CountOf("", stem[..(core - 1)], "ه") >= CountOf(stem[..core]);
                    Keep(new Reading(pro, stemStart, stemStart + core, enc, restore), outerEnd, fused);
                }
            }
        }

        void Keep(Reading r, int outerEnd, bool fused, bool always = false)
        {
            if (r.CliticCount <= best.CliticCount) return;
            if (always || Holds(form, r, outerEnd, fused, hamzaAlef)) best = r;
        }
    }

    /// <summary>Whether every clitic of a reading passes the lexicon's tests (see the class summary).</summary>
    private bool Holds(string form, Reading r, int outerEnd, bool fused, int hamzaAlef)
    {
        var hasArticle = r.Proclitics is [.., Article];
        if (r.Proclitics.Length == 0 && r.Enclitic.Length == 0) return false;
        // The stem as the lexicon counts it: the article kept (الخارجية), «لل» restored (للاتفاق → الاتفاق),
        // and a ta marbuta written ت before a pronoun given back (زيارته → زياره).
        var coreEnd = r.StemEnd - (r.RestoreTaMarbuta ? 1 : 0);
        ReadOnlySpan<char> lead = fused ? "ا" : "", tail = r.RestoreTaMarbuta ? "ه" : "";
        var stem = form.AsSpan(outerEnd, coreEnd - outerEnd);
        var stemCount = CountOf(lead, stem, tail, out var stemIsWhole);
        if (stemIsWhole) stemCount = int.MaxValue;

        if (outerEnd > 0)
        {
            if (stemCount < MinStemCount) return false;
            // Each cut, from the outermost in: the rest is no rarer than MinStemShare of what it was cut from,
            // what is cut from is no word of its own (an unsplittable word, or a form that takes the article).
            var at = 0;
            var outerCount = r.Proclitics is [.., Article] ? r.Proclitics.Length - 1 : r.Proclitics.Length;
            for (var i = 0; i < outerCount; i++)
            {
                var clitic = r.Proclitics[i];
                var from = form.AsSpan(at, coreEnd - at);
                var fromCount = CountOf("", from, tail, out var fromIsWhole);
                if (fromIsWhole || _wholeLookup.Contains(form.AsSpan(at))) return false;
                // A hamza on the alef after the clitic (وأضاف، وإلى) marks where a word begins; the folded
                // counts would mix it with a word that has none (والي «governor»).
                var hamzaNext = at + clitic.Length < 32 && (hamzaAlef & (1 << (at + clitic.Length))) != 0;
                at += clitic.Length;
                var next = i + 1 < outerCount ? form.AsSpan(at, coreEnd - at) : stem;
                var nextCount = i + 1 < outerCount ? CountOf("", next, tail) : stemCount;
                if (nextCount < MinStemShare * fromCount) return false;
                var first = i + 1 == outerCount && fused ? 'ا' : next[0]; // ل + [ا]لاتفاق
                if (_stemBegins.TryGetValue(clitic, out var letters) && !letters.Contains(first, StringComparison.Ordinal)) return false;
                if (_nounOnly.Contains(clitic) && !next.StartsWith(Article) && CountOf(Article, next, tail) == 0) return false;
                if (!hamzaNext && TakesOwnClitics(from, tail, fromCount, _slot[clitic])) return false; // the dearest test last
            }
        }

        if (hasArticle)
        {
            // An «ال» that is part of the word: the form itself is seen with the article (التزام → الالتزام).
            var withArticle = form.AsSpan(r.StemStart - (fused ? 1 : 2), coreEnd - r.StemStart + (fused ? 1 : 2));
            var count = CountOf(fused ? "ا" : "", withArticle, tail);
            if (CountOf(fused ? "الا" : Article, withArticle, tail) >= Math.Max(MinStemCount, ArticleShare * count)) return false;
            // Nor is it in a verb of the form افتعل from a root in ل (التقى، التقط، التزم): its imperfect is seen (يلتقي).
            if (!fused && withArticle.StartsWith("الت") && CountOf("ي", withArticle[1..], "") >= MinStemCount) return false;
        }

        if (r.Enclitic.Length > 0)
        {
            if (stemCount < MinStemCount) return false;
            var withPronoun = CountOf(lead, form.AsSpan(outerEnd), "");
            if (stemCount < MinStemShare * withPronoun) return false;
            // A stem much rarer than the form with the pronoun must be seen with other pronouns too (نظيره: نظيرها، نظيرهم).
            if (!stemIsWhole && stemCount * 2 < withPronoun && OtherPronouns(form.AsSpan(outerEnd, r.StemEnd - outerEnd), lead, r.Enclitic) < Math.Max(MinOtherPronouns, OtherPronounShare * withPronoun)) return false;
        }
        return true;
    }

    /// <summary>
    /// True when <paramref name="form"/> is seen with a clitic that could not stand beside the one a
    /// reading would cut from it (one of the same slot) or after it (the article), often enough to be a
    /// word of its own: «وجدت» takes «و» (ووجدت), «باب» takes «ب» and the article (بباب، الباب). The
    /// article is no evidence against a conjunction (folding makes «الوان» of «ألوان»), nor «ل» before
    /// «ل» (للدرجة is ل + الدرجة).
    /// </summary>
    private bool TakesOwnClitics(ReadOnlySpan<char> form, ReadOnlySpan<char> tail, int count, int slot)
    {
        var seen = 0;
        foreach (var (clitic, s) in _slot)
        {
            var sameSlot = s == slot && clitic.Length == 1 && !(clitic == "ل" && form.StartsWith("ل"));
            var article = clitic == Article && slot > 1 && !form.StartsWith(Article);
            if (sameSlot || article) seen += CountOf(clitic, form, tail);
        }
        return seen >= Math.Max(MinStemCount, OwnCliticShare * count);
    }

    /// <summary>
    /// How often the stem as written before a pronoun (<paramref name="attach"/>, زيارت) is seen with the
    /// other pronouns. After a stem read off «ه», «ها» counts at most as much as the rest together:
    /// stem + ها is also the whole form with a tanween alef (تنبيه، تنبيهاً), no pronoun.
    /// </summary>
    private int OtherPronouns(ReadOnlySpan<char> attach, ReadOnlySpan<char> lead, string enclitic)
    {
        int total = 0, alefForm = 0;
        foreach (var other in _enclitics)
        {
            if (other == enclitic) continue;
            if (enclitic == "ه" && other == "ها") alefForm = CountOf(lead, attach, other);
            else total += CountOf(lead, attach, other);
        }
        return total + Math.Min(alefForm, total);
    }

    private string[] WithArticle(string[] outer) => _withArticle.TryGetValue(outer, out var chain) ? chain : [.. outer, Article];

    /// <summary>
    /// Bit i of the first mask is set when the i-th letter of the match form was written as a plain alef
    /// (ا or ٱ) in the raw word: only then can «ال» be the article (folding also makes ا of أ, إ and آ);
    /// bit i of the second when it was written with a hamza or madda (أ، إ، آ).
    /// </summary>
    private static (int Plain, int Hamza) AlefMasks(ReadOnlySpan<char> raw)
    {
        int plain = 0, hamza = 0, n = 0;
        foreach (var c in raw)
        {
            if (ArabicNormalizer.IsDiacritic(c) || ArabicNormalizer.IsTatweel(c) || ArabicNormalizer.IsFormatControl(c)) continue;
            if (n >= 32) break;
            if (c is 'ا' or 'ٱ') plain |= 1 << n;
            else if (c is 'أ' or 'إ' or 'آ') hamza |= 1 << n;
            n++;
        }
        return (plain, hamza);
    }

    private static char LastRawLetter(ReadOnlySpan<char> raw)
    {
        for (var i = raw.Length - 1; i >= 0; i--)
            if (char.IsLetter(raw[i])) return raw[i];
        return '\0';
    }
}
