using Rasd.Arabic;
using Rasd.Ingest.Repair;

namespace Rasd.Benchmarks;

/// <summary>
/// How well <see cref="PdfTextRepair"/> undoes PDF damage on articles it has never seen: each is
/// damaged by <see cref="PdfDamage"/>, repaired, and scored by word-bigram recall against the
/// original (the share of the original's consecutive Arabic word pairs found in the text, counted
/// with multiplicity), beside the damaged text's recall with no repair. The articles are the first
/// of each corpus file, which <c>rasd build-bigrams</c> holds out of the model (<c>--hold-out 100</c>).
/// </summary>
public static class RepairEvaluation
{
    public static void Run(int articles)
    {
        var texts = Corpus.Articles(articles * 3).Where(a => a.Text.Length > 800).Take(articles).Select(a => a.Text).ToList();
        var damage = new PdfDamage(seed: 20261202);
        long total = 0, foundRepaired = 0, foundDamaged = 0;
        var repairedDocs = 0;
        foreach (var text in texts)
        {
            var original = Bigrams(text);
            var damaged = damage.Damage(text);
            var repaired = PdfTextRepair.Default.Repair(damaged);
            if (repaired.Repairs.Count > 0) repairedDocs++;
            total += original.Values.Sum();
            foundDamaged += Overlap(original, Bigrams(damaged));
            foundRepaired += Overlap(original, Bigrams(repaired.Text));
        }
        Console.WriteLine($"{texts.Count} articles damaged ({repairedDocs} detected as damaged), {total:N0} word bigrams");
        Console.WriteLine($"word-bigram recall, no repair: {(double)foundDamaged / total:0.0000}");
        Console.WriteLine($"word-bigram recall, repaired:  {(double)foundRepaired / total:0.0000}");
    }

    /// <summary>The consecutive Arabic word pairs of a text with their counts (sentence starts left out).</summary>
    public static Dictionary<(string, string), int> Bigrams(string text)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var (before, word) in WordBigrams.Words(text))
            if (before is not null && before != WordBigrams.SentenceStart)
                counts[(before, word)] = counts.GetValueOrDefault((before, word)) + 1;
        return counts;
    }

    /// <summary>How many of the expected pairs the actual text has, counted with multiplicity.</summary>
    public static long Overlap(Dictionary<(string, string), int> expected, Dictionary<(string, string), int> actual) =>
        expected.Sum(kv => Math.Min(kv.Value, actual.GetValueOrDefault(kv.Key)));
}

/// <summary>
/// Line by line, inside the whole repair: each article's wrapped lines are cut and reversed (no other
/// damage), the text repaired, and each cut line's reading compared with the line as written — how
/// many come back exactly, how many are left as they were, how many are put together wrongly.
/// </summary>
public static class LineRepairEvaluation
{
    public static void Run(int articles, bool show)
    {
        int cut = 0, exact = 0, untouched = 0, wrong = 0;
        foreach (var article in Corpus.Articles(articles * 3).Where(a => a.Text.Length > 800).Take(articles))
        {
            var lines = new List<string>();
            foreach (var paragraph in article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                lines.AddRange(PdfDamage.Wrap(paragraph));
                lines.Add("");
            }
            var damaged = lines.Select(PdfDamage.CutAndReverse).ToList();
            var text = string.Join('\n', damaged);
            var starts = new Dictionary<int, int>();
            for (int i = 0, at = 0; i < damaged.Count; at += damaged[i].Length + 1, i++) starts[at] = i;
            var readings = PdfTextRepair.Default.Repair(text).Repairs
                .Where(r => r.Kind == Rasd.Core.Model.RepairKind.LineOrder)
                .ToDictionary(r => starts[r.Source.Start], r => r.Note);
            for (var i = 0; i < lines.Count; i++)
            {
                if (damaged[i] == lines[i]) continue;
                cut++;
                var repaired = readings.GetValueOrDefault(i);
                if (repaired == lines[i]) exact++;
                else if (repaired is null) { untouched++; if (show) Console.WriteLine($"LEFT  {damaged[i]}\n   => {lines[i]}"); }
                else { wrong++; if (show) Console.WriteLine($"WRONG {repaired}\n   => {lines[i]}\n   after {(i > 0 ? lines[i - 1] : "")}"); }
            }
        }
        Console.WriteLine($"{cut} cut lines: {exact} exact, {untouched} left as they were, {wrong} put together wrongly");
    }
}
