using System.Globalization;
using System.Text;
using Rasd.Analysis;
using Rasd.Analysis.Entities;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Fusion;
using Rasd.Ingest;

namespace Rasd.Benchmarks;

/// <summary>
/// How well names are resolved into entities, judged by hand on pairs of spellings from corpus
/// articles (never the seeds). <c>resolution-sample</c> analyzes corpus articles about the region,
/// resolves their names, and draws pairs of spellings in three strata — merged by Rasd with
/// different spellings, one spelling in two documents (merged by its key), and kept apart though
/// confusable (a shared word) — writing them for a judge without Rasd's decision, which goes to a
/// file of its own. <c>resolution-score</c> reads the judged pairs back and reports the precision
/// and recall of Rasd's "same entity" decisions, on the sample and weighted by each stratum's size.
/// </summary>
public static class ResolutionEvaluation
{
    private const int Seed = 20261202;
    private static readonly string[] Topics = ["ليبيا", "روسيا", "موسكو", "سوريا", "طرابلس", "بنغازي"];

    public static void Sample(int articles, int merged, int sameSpelling, int apart, string outPrefix)
    {
        var (records, resolution) = Analyze(articles);

        // One occurrence per (spelling, document); spellings compared in match form.
        var occurrences = records.Where(r => r.Name.IsName)
            .GroupBy(r => (Spelling: ArabicNormalizer.Normalize(r.Name.Text), r.Name.Doc)).Select(g => g.First()).ToList();
        var bySpelling = occurrences.GroupBy(o => ArabicNormalizer.Normalize(o.Name.Text)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        string EntityOf(string spelling) => resolution.IdOf(bySpelling[spelling][0].Name.Key);
        var spellings = bySpelling.Keys.Order(StringComparer.Ordinal).ToList();
        var random = new Random(Seed);

        var mergedPairs = new List<(string, string)>();
        foreach (var group in spellings.GroupBy(EntityOf).Where(g => g.Count() > 1))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++) mergedPairs.Add((list[i], list[j]));
        }
        var repeated = spellings.Where(s => bySpelling[s].Count > 1).ToList();
        var byWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var s in spellings)
            foreach (var w in s.Split(' ').Where(w => w.Length >= 3 && !KnowledgeBase.Default.NameParticles.Contains(w) && !KnowledgeBase.Default.FunctionWords.Contains(w)).Distinct())
            {
                if (!byWord.TryGetValue(w, out var l)) byWord[w] = l = [];
                l.Add(s);
            }
        var apartPairs = new HashSet<(string, string)>();
        foreach (var list in byWord.Values.Where(l => l.Count is > 1 and < 200))
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++)
                    if (EntityOf(list[i]) != EntityOf(list[j]) && Compatible(bySpelling[list[i]][0].Name.Type, bySpelling[list[j]][0].Name.Type))
                        apartPairs.Add(string.CompareOrdinal(list[i], list[j]) < 0 ? (list[i], list[j]) : (list[j], list[i]));
        Console.WriteLine($"population: {mergedPairs.Count:N0} merged spelling pairs, {repeated.Count:N0} spellings in several documents, {apartPairs.Count:N0} confusable pairs kept apart");

        var pairs = new List<(string Stratum, bool Merged, (NameRecord Name, string Context, string? Outlet) A, (NameRecord Name, string Context, string? Outlet) B)>();
        foreach (var (a, b) in Draw(mergedPairs, merged, random))
            pairs.Add(("merged", true, Pick(bySpelling[a], random), Pick(bySpelling[b], random)));
        foreach (var s in Draw(repeated, sameSpelling, random))
        {
            var two = Draw(bySpelling[s], 2, random);
            pairs.Add(("same-spelling", true, two[0], two[1]));
        }
        foreach (var (a, b) in Draw(apartPairs.OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal).ToList(), apart, random))
            pairs.Add(("apart", false, Pick(bySpelling[a], random), Pick(bySpelling[b], random)));
        pairs = [.. pairs.OrderBy(_ => random.Next())];

        using var judge = new StreamWriter(outPrefix + ".tsv", false, new UTF8Encoding(false));
        using var key = new StreamWriter(outPrefix + ".decisions.tsv", false, new UTF8Encoding(false));
        judge.WriteLine("# Pairs of names from corpus articles: are A and B the same real-world entity? Fill `same` with yes, no or unsure.");
        judge.WriteLine("# The name is marked [[…]] in its sentence; date and outlet are the article's.");
        judge.WriteLine("id\tname_a\ttype_a\tdate_a\toutlet_a\tcontext_a\tname_b\ttype_b\tdate_b\toutlet_b\tcontext_b\tsame\tnote\tat_a\tat_b");
        key.WriteLine("id\tstratum\tmerged\tentity_a\tentity_b\tpopulation");
        var population = new Dictionary<string, int> { ["merged"] = mergedPairs.Count, ["same-spelling"] = repeated.Count, ["apart"] = apartPairs.Count };
        for (var i = 0; i < pairs.Count; i++)
        {
            var (stratum, isMerged, a, b) = pairs[i];
            var id = (i + 1).ToString("000", CultureInfo.InvariantCulture);
            judge.WriteLine(string.Join('\t', id, Clean(a.Name.Text), a.Name.Type, a.Name.DocDate?.Value ?? "", a.Outlet ?? "", a.Context,
                Clean(b.Name.Text), b.Name.Type, b.Name.DocDate?.Value ?? "", b.Outlet ?? "", b.Context, "", "", $"{a.Name.Doc}@{a.Name.Start}", $"{b.Name.Doc}@{b.Name.Start}"));
            key.WriteLine(string.Join('\t', id, stratum, isMerged ? "yes" : "no", resolution.IdOf(a.Name.Key), resolution.IdOf(b.Name.Key), population[stratum]));
        }
        Console.WriteLine($"wrote {pairs.Count} pairs to {outPrefix}.tsv (Rasd's decisions in {outPrefix}.decisions.tsv)");
    }

    /// <summary>
    /// Scores the judged pairs against Rasd as it resolves now: the same articles are analyzed again
    /// and each pair's two names (document and offset) looked up; strata and their sizes come from the sampling.
    /// </summary>
    public static void Score(string judgedPath, string decisionsPath, int articles)
    {
        var rows = Rows(judgedPath).ToList();
        var judged = rows.ToDictionary(r => r["id"], r => r["same"].Trim().ToLowerInvariant(), StringComparer.Ordinal);
        var (records, resolution) = Analyze(articles);
        var keyAt = records.GroupBy(r => $"{r.Name.Doc}@{r.Name.Start}").ToDictionary(g => g.Key, g => g.First().Name.Key, StringComparer.Ordinal);
        var now = rows.ToDictionary(r => r["id"], r => keyAt.TryGetValue(r["at_a"], out var a) && keyAt.TryGetValue(r["at_b"], out var b)
            ? resolution.IdOf(a) == resolution.IdOf(b) : (bool?)null, StringComparer.Ordinal);
        var lost = now.Count(kv => kv.Value is null);
        if (lost > 0) Console.WriteLine($"{lost} pairs whose names the analysis no longer finds: counted as kept apart");
        var decisions = Rows(decisionsPath).ToList();
        // The pairs decided otherwise than at sampling time, so that a change in the score can be read pair by pair.
        foreach (var d in decisions.Where(d => (now.GetValueOrDefault(d["id"]) == true) != (d["merged"] == "yes")))
            Console.WriteLine($"  now {(now.GetValueOrDefault(d["id"]) == true ? "merged" : "apart")}: {d["id"]} «{rows.First(r => r["id"] == d["id"])["name_a"]}» / «{rows.First(r => r["id"] == d["id"])["name_b"]}» (judged {judged.GetValueOrDefault(d["id"])})");
        foreach (var d in decisions) d["merged"] = now.GetValueOrDefault(d["id"]) == true ? "yes" : "no";
        var unjudged = decisions.Count(d => !judged.TryGetValue(d["id"], out var v) || v is not ("yes" or "no" or "unsure"));
        if (unjudged > 0) Console.WriteLine($"{unjudged} pairs not judged (yes, no or unsure): left out");
        var scored = decisions.Where(d => judged.GetValueOrDefault(d["id"]) is "yes" or "no")
            .Select(d => (Stratum: d["stratum"], Merged: d["merged"] == "yes", Same: judged[d["id"]] == "yes", Population: int.Parse(d["population"], CultureInfo.InvariantCulture))).ToList();
        Console.WriteLine($"{scored.Count} pairs judged yes or no, {judged.Values.Count(v => v == "unsure")} unsure (left out)");
        foreach (var g in scored.GroupBy(s => s.Stratum).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"  {g.Key,-14} {g.Count(),4} pairs, {g.Count(s => s.Same),4} the same entity ({(double)g.Count(s => s.Same) / g.Count():P1}); population {g.First().Population:N0}");
        var tp = scored.Count(s => s.Merged && s.Same);
        var fp = scored.Count(s => s.Merged && !s.Same);
        var fn = scored.Count(s => !s.Merged && s.Same);
        Console.WriteLine($"on the sample: precision {Ratio(tp, tp + fp):0.000} ({tp}/{tp + fp}), recall {Ratio(tp, tp + fn):0.000} ({tp}/{tp + fn})");
        // Each judged pair stands for population / sampled pairs of its stratum; Rasd's decision is today's.
        var weight = scored.GroupBy(x => x.Stratum).ToDictionary(g => g.Key, g => (double)g.First().Population / g.Count(), StringComparer.Ordinal);
        var wtp = scored.Where(x => x.Merged && x.Same).Sum(x => weight[x.Stratum]);
        var wfp = scored.Where(x => x.Merged && !x.Same).Sum(x => weight[x.Stratum]);
        var wfn = scored.Where(x => !x.Merged && x.Same).Sum(x => weight[x.Stratum]);
        Console.WriteLine($"weighted by stratum size: precision {Ratio(wtp, wtp + wfp):0.000}, recall among confusable pairs {Ratio(wtp, wtp + wfn):0.000}");
    }

    /// <summary>The names of the topic articles with a sentence of context each, and their resolution into entities.</summary>
    private static (List<(NameRecord Name, string Context, string? Outlet)>, Resolution) Analyze(int articles)
    {
        var records = new List<(NameRecord Name, string Context, string? Outlet)>();
        var docs = TopicArticles(articles);
        var pipeline = RasdPipeline.Default;
        Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, article =>
        {
            var doc = pipeline.Run(article.Document);
            var found = doc.Mentions.Where(m => m.Type != EntityType.MISC).Select(m => (
                new NameRecord(doc.Document.Id, m.Key, m.Type, m.Text, m.Title, doc.Published.Date) { Role = m.Role, RoleOnly = m.RoleOnly, Start = m.Raw.Start, Source = m.Source },
                Context(doc.Raw, doc.Sentences.FirstOrDefault(s => s.Raw.Start <= m.Raw.Start && m.Raw.End <= s.Raw.End).Raw, m.Raw),
                article.Outlet)).ToList();
            lock (records) records.AddRange(found);
        });
        records = [.. records.OrderBy(r => r.Name.Doc, StringComparer.Ordinal).ThenBy(r => r.Name.Start)];
        var resolution = new EntityResolver(KnowledgeBase.Default).Resolve(records.Select(r => r.Name));
        Console.WriteLine($"{docs.Count} articles, {records.Count:N0} names, {resolution.Entities.Count:N0} entities");
        return (records, resolution);
    }

    private static double Ratio(double a, double b) => b == 0 ? 0 : a / b;

    private static bool Compatible(EntityType a, EntityType b) => a == b || a is EntityType.GPE or EntityType.LOC && b is EntityType.GPE or EntityType.LOC;

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        string[]? header = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var cells = line.Split('\t');
            if (header is null) { header = cells; continue; }
            yield return header.Select((h, i) => (h, v: i < cells.Length ? cells[i] : "")).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal);
        }
    }

    /// <summary>Articles that name the region, taken evenly across the corpus files.</summary>
    private static List<(Document Document, string? Outlet)> TopicArticles(int count)
    {
        var files = Directory.EnumerateFiles(Corpus.Root, "*.jsonl.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var perFile = (count + files.Count - 1) / files.Count;
        return [.. files.SelectMany(f => JsonlCorpus.Read(f).Where(a => Topics.Any(t => a.Text.Contains(t, StringComparison.Ordinal))).Take(perFile))
            .Take(count)
            .Select(a => (new Document(a.Id ?? "", a.Id ?? "", a.Text)
            {
                Published = MetadataDate.Parse(a.Date) is { } day ? new PublishedDate(DateValue.Day(day), DateSource.Meta) : PublishedDate.Unknown,
            }, a.Source))];
    }

    private static List<T> Draw<T>(IReadOnlyList<T> from, int n, Random random)
    {
        var order = Enumerable.Range(0, from.Count).OrderBy(_ => random.Next()).Take(n);
        return [.. order.Select(i => from[i])];
    }

    private static T Pick<T>(IReadOnlyList<T> from, Random random) => from[random.Next(from.Count)];

    private static string Clean(string s) => s.ReplaceLineEndings(" ").Replace('\t', ' ');

    /// <summary>The sentence around a name, at most 240 characters, with the name marked [[…]].</summary>
    private static string Context(string raw, Core.Text.TextSpan sentence, Core.Text.TextSpan name)
    {
        if (sentence.End <= sentence.Start) sentence = new(Math.Max(0, name.Start - 120), Math.Min(raw.Length, name.End + 120));
        var start = Math.Max(sentence.Start, name.Start - 120);
        var end = Math.Min(sentence.End, name.End + 120);
        return Clean($"{raw[start..name.Start]}[[{raw[name.Start..name.End]}]]{raw[name.End..end]}");
    }
}
