using Rasd.Core.Model;

namespace Rasd.Arabic;

/// <summary>
/// A lexicon phrase found at tokens <c>[First, End)</c>, with the clitics read off its first and last
/// tokens; the phrase as written starts <see cref="CutAt"/> characters into the first token's form.
/// </summary>
public readonly record struct PhraseMatch<T>(int First, int End, T Value, string Proclitics, string Enclitic, int CutAt);

/// <summary>
/// A trie of multi-word phrases over token forms (match form). The first token of a match may
/// carry proclitics (وبخليفة حفتر) and, when asked, the last one an enclitic (استقبله); the
/// longest phrase wins, then the reading with fewer clitics.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public bool HasValue;
        public T Value = default!;
    }

    private readonly Node _root = new();
    private readonly Clitics _clitics;

    public PhraseMatcher(Clitics? clitics = null) => _clitics = clitics ?? Clitics.Default;

    public int Count { get; private set; }

    /// <summary>The first word (match form, no clitics) of every phrase: a token that reads as none of them starts no match.</summary>
    public IEnumerable<string> FirstForms => FirstFormsOf(_ => true);

    /// <summary>The first word of every phrase whose value satisfies <paramref name="wanted"/>.</summary>
    public IEnumerable<string> FirstFormsOf(Func<T, bool> wanted) =>
        _root.Next is null ? [] : _root.Next.Where(kv => Any(kv.Value, wanted)).Select(kv => kv.Key);

    private static bool Any(Node node, Func<T, bool> wanted) =>
        node.HasValue && wanted(node.Value) || node.Next is not null && node.Next.Values.Any(n => Any(n, wanted));

    /// <summary>Adds a phrase written in natural Arabic; it is normalized and tokenized like any text. The first value added wins.</summary>
    public bool Add(string phrase, T value)
    {
        var forms = Forms(phrase);
        if (forms.Length == 0) return false;
        var node = _root;
        foreach (var form in forms)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(form, out var next)) node.Next[form] = next = new Node();
            node = next;
        }
        if (node.HasValue) return false;
        node.HasValue = true;
        node.Value = value;
        Count++;
        return true;
    }

    public static string[] Forms(string phrase) =>
        [.. Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(phrase)).Select(t => t.Form)];

    /// <summary>The longest phrase starting at token <paramref name="at"/>, if any.</summary>
    public PhraseMatch<T>? Match(IReadOnlyList<Token> tokens, int at, bool enclitics = false)
    {
        if (_root.Next is null || at >= tokens.Count || !tokens[at].IsWord && tokens[at].Kind != TokenKind.Number) return null;
        PhraseMatch<T>? best = null;
        var bestClitics = int.MaxValue;
        foreach (var seg in _clitics.Segment(tokens[at].Form, enclitics: false))
        {
            if (!_root.Next.TryGetValue(seg.Stem, out var node)) continue;
            var candidate = Walk(node, tokens, at, seg);
            if (candidate is null) continue;
            var clitics = seg.CliticCount;
            if (best is null || candidate.Value.End > best.Value.End || candidate.Value.End == best.Value.End && clitics < bestClitics)
            {
                best = candidate;
                bestClitics = clitics;
            }
        }
        // «وزارته» is his ministry: a word never to be cut (unsplittable.tsv) has no enclitic read off it here either.
        if (enclitics && !CliticSegmenter.Default.IsWhole(tokens[at].Form))
        {
            // A one-word phrase with an enclitic, possibly also with proclitics: وصلها، واستقبله.
            foreach (var seg in _clitics.Segment(tokens[at].Form, enclitics: !tokens[at].EndsInTaMarbuta))
            {
                if (seg.Enclitic.Length == 0) continue;
                // A final hamza takes a seat before a suffix: «لقاء» + «ه» is written «لقائه» (match form «لقايه»).
                if (!(_root.Next.TryGetValue(seg.Stem, out var node) && node.HasValue)
                    && !(seg.Stem.Length > 2 && seg.Stem[^1] is 'ي' or 'و' && _root.Next.TryGetValue(seg.Stem[..^1] + "ء", out node) && node.HasValue)) continue;
                if (best is null)
                    best = new PhraseMatch<T>(at, at + 1, node.Value, seg.Proclitics, seg.Enclitic, seg.CutAt);
                break;
            }
        }
        return best;
    }

    private static PhraseMatch<T>? Walk(Node node, IReadOnlyList<Token> tokens, int at, Segmentation seg)
    {
        PhraseMatch<T>? found = node.HasValue ? new PhraseMatch<T>(at, at + 1, node.Value, seg.Proclitics, "", seg.CutAt) : null;
        var i = at + 1;
        while (node.Next is not null && i < tokens.Count && node.Next.TryGetValue(tokens[i].Form, out var next))
        {
            node = next;
            i++;
            if (node.HasValue) found = new PhraseMatch<T>(at, i, node.Value, seg.Proclitics, "", seg.CutAt);
        }
        return found;
    }

    /// <summary>Every non-overlapping longest match, left to right.</summary>
    public IEnumerable<PhraseMatch<T>> MatchAll(IReadOnlyList<Token> tokens, bool enclitics = false)
    {
        for (var i = 0; i < tokens.Count;)
        {
            var match = Match(tokens, i, enclitics);
            if (match is { } m)
            {
                yield return m;
                i = m.End;
            }
            else i++;
        }
    }
}
