using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Search;

/// <summary>What a query marks in a text: words exactly, and words that begin with a prefix.</summary>
internal sealed record QueryWords(HashSet<string> Exact, List<string> Prefixes)
{
    public bool Any => Exact.Count > 0 || Prefixes.Count > 0;

    public bool Marks(string term) => Exact.Contains(term) || Prefixes.Exists(p => term.StartsWith(p, StringComparison.Ordinal));
}

/// <summary>
/// Cuts passages out of a hit's text around the words that matched: the text is read into
/// <see cref="SearchTerms"/> again, so a word matches here exactly when it matched in the index
/// («والوزراء» for «الوزير»). The passages with the most different query words win.
/// </summary>
internal static class SnippetMaker
{
    private const int Window = 28; // words in a passage
    private const int MaxPassages = 2;

    /// <summary>The passages around the marked words; the text's opening words when the query marks none.</summary>
    public static IReadOnlyList<Snippet> Make(string text, QueryWords query)
    {
        if (text.Length == 0) return [];
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(text));
        var words = new List<(TextSpan Raw, string? Hit)>(tokens.Length);
        var terms = new List<SearchTerm>(4);
        foreach (var token in tokens)
        {
            terms.Clear();
            if (!SearchTerms.Add(terms, token)) continue;
            var hit = terms.FirstOrDefault(t => query.Marks(t.Text)).Text;
            words.Add((token.Raw, hit));
        }
        if (!query.Any || !words.Exists(w => w.Hit is not null)) return words.Count == 0 ? [] : [Passage(text, words, 0, Math.Min(words.Count, Window))];
        var snippets = new List<Snippet>();
        var taken = new List<(int From, int To)>();
        while (snippets.Count < MaxPassages && Best(words, taken) is var (from, to, distinct) && distinct > 0)
        {
            taken.Add((from, to));
            snippets.Add(Passage(text, words, from, to));
        }
        return [.. snippets.OrderBy(s => s.Start)];
    }

    private static Snippet Passage(string text, List<(TextSpan Raw, string? Hit)> words, int from, int to)
    {
        var raw = new TextSpan(words[from].Raw.Start, words[to - 1].Raw.End);
        var marks = words.Skip(from).Take(to - from).Where(w => w.Hit is not null).Select(w => new Highlight(w.Raw.Start, w.Raw.End)).ToList();
        return new Snippet(text[raw.Start..raw.End], raw.Start, raw.End, marks);
    }

    /// <summary>The window of words holding the most different query words, not overlapping one taken; ties go to the earliest.</summary>
    private static (int From, int To, int Distinct)? Best(List<(TextSpan Raw, string? Hit)> words, List<(int From, int To)> taken)
    {
        (int From, int To, int Distinct)? best = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Hit is null) continue;
            // A passage starts a few words before its first hit, so the hit is read in context.
            var from = Math.Max(0, i - 6);
            var to = Math.Min(words.Count, from + Window);
            if (taken.Any(t => from < t.To && t.From < to)) continue;
            seen.Clear();
            for (var j = from; j < to; j++)
                if (words[j].Hit is { } h) seen.Add(h);
            if (best is null || seen.Count > best.Value.Distinct) best = (from, to, seen.Count);
        }
        return best;
    }
}
