using System.Collections.Concurrent;

namespace Rasd.Arabic;

/// <summary>
/// Counts the match forms of Arabic words over a corpus: the data the clitic segmenter decides
/// with (is «يبيا» a word? then «ليبيا» could be ل+يبيا; it is not, so ليبيا stays whole).
/// Deterministic: the same texts give the same file, whatever the number of threads.
/// </summary>
public sealed class LexiconBuilder
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public long Tokens { get; private set; }

    /// <summary>Counts the Arabic words of one text; safe to call from many threads.</summary>
    public void Add(string text)
    {
        var local = new Dictionary<string, int>(StringComparer.Ordinal);
        long n = 0;
        foreach (var token in Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(text)))
        {
            if (token.Kind != Core.Model.TokenKind.Word) continue;
            n++;
            local[token.Form] = local.GetValueOrDefault(token.Form) + 1;
        }
        foreach (var (form, count) in local) _counts.AddOrUpdate(form, count, (_, c) => c + count);
        lock (_counts) Tokens += n;
    }

    /// <summary>Writes <c>form TAB count</c> for every form seen at least <paramref name="minCount"/> times, most frequent first.</summary>
    public int Write(TextWriter writer, int minCount, string description)
    {
        writer.WriteLine($"# Match forms of Arabic words and how often they occur. {description}");
        writer.WriteLine($"# Built by `rasd build-lexicon` over {Tokens:N0} word tokens; forms seen fewer than {minCount} times are left out.");
        writer.WriteLine("form\tcount");
        var rows = _counts.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        foreach (var (form, count) in rows) writer.WriteLine($"{form}\t{count}");
        return rows.Count;
    }
}
