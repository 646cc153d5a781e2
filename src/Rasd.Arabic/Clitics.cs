namespace Rasd.Arabic;

/// <summary>One way to read a word form as proclitics + stem + enclitic.</summary>
/// <see cref="CutAt"/> is where the word as written begins in the form: after the proclitics but
/// before an article, or 0 when the article is fused into them (للرئيس) and no clean cut exists.
public readonly record struct Segmentation(string Proclitics, string Stem, string Enclitic, int CutAt)
{
    public int CliticCount => (Proclitics.Length > 0 ? 1 : 0) + (Enclitic.Length > 0 ? 1 : 0);
}

/// <summary>
/// The clitics of <c>resources/ar/clitics.tsv</c>. Proclitics chain by slot (conjunction, then
/// preposition or future, then article); a candidate stem is only ever accepted by a lexicon, so
/// ليبيا is never read as ل+يبيا unless «يبيا» were a known word.
/// </summary>
public sealed class Clitics
{
    private const int MinStemLength = 2;
    private readonly Chain[] _chains;
    private readonly string[] _prefixes;
    private readonly string[] _suffixes;

    /// <summary>
    /// A chain of proclitics and what it asks of the stem after it: the letters a stem may begin with (the future «س»
    /// only before an imperfect verb: «سليما» is no «س» + «ليما»), and whether the stem must carry the article («ك» only
    /// before a noun; without a lexicon at hand, one with the article: «كالعادة», never «كسول» as «ك» + «سول»).
    /// </summary>
    private sealed record Chain(string Form, string? StemBegins, bool NeedsArticle);

    public static Clitics Default { get; } = Load();

    private Clitics(Chain[] chains, string[] suffixes)
    {
        _chains = chains;
        _prefixes = [.. chains.Select(c => c.Form)];
        _suffixes = suffixes;
    }

    public IReadOnlyList<string> Prefixes => _prefixes;

    public IReadOnlyList<string> Suffixes => _suffixes;

    private static Clitics Load()
    {
        var rows = LanguageData.Read("ar/clitics.tsv");
        var pro = rows.Where(r => r["position"] == "pro")
            .GroupBy(r => r.Int("slot")).OrderBy(g => g.Key)
            .Select(g => g.Select(r => (Form: ArabicNormalizer.Normalize(r["form"]), Begins: r.Get("stem-begins"), TakesArticle: r.Get("stem-takes-article") == "yes")).ToArray()).ToList();
        // Every ordered chain of at most one clitic per slot: و، وب، وبال، بال، لل، ...
        var chains = new List<Chain> { new("", null, false) };
        foreach (var slot in pro)
            chains.AddRange(chains.SelectMany(chain => slot.Select(c => new Chain(chain.Form + c.Form, c.Begins is { Length: > 0 } b ? ArabicNormalizer.Normalize(b) : chain.StemBegins,
                (chain.NeedsArticle || c.TakesArticle) && c.Form != Article))).ToList()); // the article in the chain meets the need
        var enc = rows.Where(r => r["position"] == "en" && r["strip"] == "yes").Select(r => ArabicNormalizer.Normalize(r["form"]));
        return new Clitics(
            [.. chains.Where(c => c.Form.Length > 0).DistinctBy(c => c.Form).OrderBy(c => c.Form.Length)],
            [.. enc.Distinct().OrderBy(c => c.Length)]);
    }

    /// <summary>
    /// Every reading of <paramref name="form"/>, the whole form first, then with fewer clitics
    /// before more. «لل» restores the article (للرئيس → ل + الرئيس); a stem that lost its
    /// ta marbuta to an enclitic gets it back (زيارته → زياره + ه).
    /// </summary>
    public IEnumerable<Segmentation> Segment(string form, bool enclitics = false)
    {
        yield return new Segmentation("", form, "", 0);
        foreach (var s in WithProclitics(form, "")) yield return s;
        if (!enclitics) yield break;
        foreach (var suffix in _suffixes)
        {
            if (form.Length - suffix.Length < MinStemLength || !form.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = form[..^suffix.Length];
            foreach (var candidate in RestoreTaMarbuta(stem))
            {
                yield return new Segmentation("", candidate, suffix, 0);
                foreach (var s in WithProclitics(candidate, suffix)) yield return s;
            }
        }
    }

    private IEnumerable<Segmentation> WithProclitics(string form, string enclitic)
    {
        foreach (var (prefix, begins, needsArticle) in _chains)
        {
            if (form.Length - prefix.Length < MinStemLength || !form.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var stem = form[prefix.Length..];
            if (begins is not null && !begins.Contains(stem[0], StringComparison.Ordinal) || needsArticle && !stem.StartsWith(Article, StringComparison.Ordinal)) continue;
            // The article belongs to the word as written (الفاغنر): a cut keeps it.
            yield return new Segmentation(prefix, stem, enclitic, prefix.EndsWith("ال", StringComparison.Ordinal) ? prefix.Length - 2 : prefix.Length);
            if (prefix.EndsWith("لل", StringComparison.Ordinal))
                yield return new Segmentation(prefix[..^1], "ا" + form[(prefix.Length - 1)..], enclitic, 0);
        }
    }

    private const string Article = "ال";

    private static IEnumerable<string> RestoreTaMarbuta(string stem)
    {
        yield return stem;
        if (stem.EndsWith('ت')) yield return stem[..^1] + "ه";
    }
}
