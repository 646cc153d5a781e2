using System.Globalization;
using System.Text.Json;
using Rasd.Analysis;
using Rasd.Analysis.Entities;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Fusion;
using Rasd.Ingest;

namespace Rasd.Benchmarks;

/// <summary>
/// Event extraction scored against hand-annotated corpus articles (bench/events-gold.jsonl, rules in
/// bench/events-guidelines.md). Each article is analyzed and fused on its own; its events are matched
/// one to one with the gold events: same type and polarity, a participant in common (for a visit, the
/// visitor), and dates that overlap when both have one. Unmatched system events are false positives
/// — duplicates when they would have matched a gold event already taken — unmatched gold events
/// are misses. Reported per split (dev: tuned on; test: never looked at while tuning).
/// </summary>
public static class EventEvaluation
{
    private sealed record GoldEvent(string Type, List<string> Actors, List<string> Counterparts, string? Place, string? Date, bool Negated, string Sentence)
    {
        public IEnumerable<string> Participants => Actors.Concat(Counterparts);
    }

    private sealed record Scored(string Split, string Doc, int Gold, int System, int Matched, int Duplicates, int DatesRight, int DatesGiven, List<string> Misses, List<string> Extras);

    public static void Run(string goldPath, string? split, bool show)
    {
        var articles = File.ReadLines(goldPath).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var texts = ReadArticles(articles);
        var kb = KnowledgeBase.Default;
        var results = new List<Scored>();
        foreach (var a in articles)
        {
            var s = a.GetProperty("split").GetString()!;
            if (split is not null && s != split) continue;
            var id = a.GetProperty("id").GetString()!;
            if (!texts.TryGetValue(id, out var record)) { Console.WriteLine($"article {id}: not found in the corpus"); continue; }
            var gold = a.GetProperty("events").EnumerateArray().Select(ReadGold).ToList();
            results.Add(Score(s, id, record, gold, kb));
        }
        foreach (var g in results.GroupBy(r => r.Split).OrderBy(g => g.Key, StringComparer.Ordinal))
            Report(g.Key, [.. g]);
        if (results.Select(r => r.Split).Distinct().Count() > 1) Report("all", results);
        if (show)
            foreach (var r in results.Where(r => r.Misses.Count + r.Extras.Count > 0))
            {
                Console.WriteLine($"--- {r.Split} {r.Doc}");
                foreach (var m in r.Misses) Console.WriteLine("  missed: " + m);
                foreach (var e in r.Extras) Console.WriteLine("  extra:  " + e);
            }
    }

    private static void Report(string name, List<Scored> results)
    {
        var gold = results.Sum(r => r.Gold);
        var system = results.Sum(r => r.System);
        var matched = results.Sum(r => r.Matched);
        double p = system == 0 ? 0 : (double)matched / system, rec = gold == 0 ? 0 : (double)matched / gold;
        var f1 = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
        Console.WriteLine($"{name}: {results.Count} articles, {gold} gold events, {system} found, {matched} matched — precision {p:0.000}, recall {rec:0.000}, F1 {f1:0.000}; " +
            $"duplicates {results.Sum(r => r.Duplicates)} ({(system == 0 ? 0 : (double)results.Sum(r => r.Duplicates) / system):P1} of found); " +
            $"dates right {results.Sum(r => r.DatesRight)}/{results.Sum(r => r.DatesGiven)} of matched events the gold dates");
    }

    private static Scored Score(string split, string id, CorpusRecord record, List<GoldEvent> gold, KnowledgeBase kb)
    {
        var document = new Document(id, id, record.Text)
        {
            Published = MetadataDate.Parse(record.Date) is { } day ? new PublishedDate(DateValue.Day(day), DateSource.Meta) : PublishedDate.Unknown,
        };
        var doc = RasdPipeline.Default.Run(document);
        var names = doc.Mentions.Select(m => new NameRecord(id, m.Key, m.Type, m.Text, m.Title, doc.Published.Date) { Role = m.Role, RoleOnly = m.RoleOnly, Start = m.Raw.Start, Source = m.Source }).ToList();
        // Only the kinds the annotators marked are scored (statements, agreements, support … are outside the guidelines).
        var fused = new Fuser(kb).Run(names, doc.EventMentions.Where(m => m.Type is EventType.Visit or EventType.Meeting or EventType.Call));
        var spellings = fused.Entities.ToDictionary(e => e.Id, e => e.Aliases.Concat(kb.Find(e.Id)?.Aliases ?? []).Append(e.Name).Select(Key).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var nameOf = fused.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        bool Is(string entity, string goldName) => spellings.TryGetValue(entity, out var s) && s.Any(x => SameName(x, Key(goldName)));

        // One to one, best pairs first: the more participants shared, then the same date, the better a pair.
        var pairs = fused.Events.SelectMany((e, ei) => gold.Select((g, gi) => (ei, gi, g)).Where(x => Fits(e, x.g, Is))
                .Select(x => (x.ei, x.gi, Score: 2 * e.Actors.Concat(e.Counterparts).Count(p => x.g.Participants.Any(n => Is(p, n))) + (e.Date?.Value == x.g.Date ? 1 : 0))))
            .OrderByDescending(x => x.Score).ThenBy(x => x.ei).ThenBy(x => x.gi).ToList();
        var taken = new HashSet<int>();
        var goldOf = new Dictionary<int, int>();
        foreach (var (ei, gi, _) in pairs)
            if (!goldOf.ContainsKey(ei) && taken.Add(gi)) goldOf[ei] = gi;
        var matched = goldOf.Count; var duplicates = 0; var datesRight = 0; var datesGiven = 0;
        var extras = new List<string>();
        var dateMisses = new List<string>();
        for (var ei = 0; ei < fused.Events.Count; ei++)
        {
            var e = fused.Events[ei];
            if (!goldOf.TryGetValue(ei, out var gi))
            {
                var fitsAny = pairs.Any(x => x.ei == ei);
                if (fitsAny) duplicates++;
                extras.Add($"{Describe(e, nameOf)}{(fitsAny ? " (duplicate)" : "")}");
                continue;
            }
            if (gold[gi].Date is { } gd)
            {
                datesGiven++;
                if (e.Date?.Value == gd) datesRight++;
                else dateMisses.Add($"date {gd} found {e.Date?.Value ?? "none"}: {Describe(e, nameOf)}");
            }
        }
        var misses = gold.Where((_, i) => !taken.Contains(i)).Select(g => $"{g.Type} {string.Join("، ", g.Actors)} ← {string.Join("، ", g.Counterparts)} @{g.Place} {g.Date}{(g.Negated ? " negated" : "")} «{Short(g.Sentence)}»").ToList();
        return new Scored(split, id, gold.Count, fused.Events.Count, matched, duplicates, datesRight, datesGiven, misses, [.. extras, .. dateMisses]);
    }

    private static bool Fits(Event e, GoldEvent g, Func<string, string, bool> isName)
    {
        if (!string.Equals(e.Type.ToString(), g.Type, StringComparison.OrdinalIgnoreCase) || e.Negated != g.Negated) return false;
        var participants = e.Actors.Concat(e.Counterparts).ToList();
        // A group named as the actor («وفد من وزارة الخارجية») is the gold's when most of its words are.
        var shared = g.Type == "visit"
            ? e.Actors.Any(a => g.Actors.Any(n => isName(a, n))) || e.ActorGroups.Any(x => g.Actors.Any(n => SameGroup(x, n)))
            : participants.Any(p => g.Participants.Any(n => isName(p, n))) || e.ActorGroups.Concat(e.Groups).Any(x => g.Participants.Any(n => SameGroup(x, n)));
        if (!shared) return false;
        return g.Date is null || e.Date is null || GoldDate(g.Date) is not { } gd || gd.Overlaps(e.Date);
    }

    private static DateValue? GoldDate(string value)
    {
        var parts = value.Split('/');
        DateValue? One(string s) => s.Length switch
        {
            10 => DateValue.Day(DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            7 => DateValue.Month(int.Parse(s[..4], CultureInfo.InvariantCulture), int.Parse(s[5..], CultureInfo.InvariantCulture)),
            4 => DateValue.Year(int.Parse(s, CultureInfo.InvariantCulture)),
            _ => null,
        };
        if (parts.Length == 1) return One(parts[0]);
        return One(parts[0]) is { } a && One(parts[1]) is { } b ? new DateValue(a.Start, b.End, a.Precision) : null;
    }

    // Names compared in match form, one word a surname of the other («حفتر» ~ «خليفة حفتر»).
    private static bool SameName(string a, string b) =>
        a == b || a.EndsWith(" " + b, StringComparison.Ordinal) || b.EndsWith(" " + a, StringComparison.Ordinal)
        || a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal);

    private static bool SameGroup(string system, string gold)
    {
        static HashSet<string> Words(string s) => [.. Key(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3 ? w[2..] : w).Where(w => w.Length > 2)];
        var (a, b) = (Words(system), Words(gold));
        return a.Count > 0 && b.Count > 0 && 2 * a.Intersect(b).Count() >= Math.Min(a.Count, b.Count) + 1;
    }

    private static string Key(string name) => ArabicNormalizer.Normalize(name).ReplaceLineEndings(" ").Trim();

    private static string Describe(Event e, Dictionary<string, string> nameOf) =>
        $"{e.Type.ToString().ToLowerInvariant()} {string.Join("، ", e.Actors.Select(a => nameOf.GetValueOrDefault(a, a)).Concat(e.ActorGroups))} ← {string.Join("، ", e.Counterparts.Select(a => nameOf.GetValueOrDefault(a, a)))} @{(e.Place is null ? "" : nameOf.GetValueOrDefault(e.Place, e.Place))} {e.Date?.Value}{(e.Negated ? " negated" : "")} «{Short(e.Mentions[0].SentenceText)}»";

    private static string Short(string s) => s.Length <= 90 ? s.ReplaceLineEndings(" ") : s[..90].ReplaceLineEndings(" ") + "…";

    private static GoldEvent ReadGold(JsonElement e)
    {
        static List<string> Names(JsonElement e, string field) => e.TryGetProperty(field, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray().Select(x => x.GetString() ?? "")] : [];
        static string? Text(JsonElement e, string field) => e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new GoldEvent(Text(e, "type") ?? "", Names(e, "actors"), Names(e, "counterparts"), Text(e, "place"), Text(e, "date"),
            e.TryGetProperty("negated", out var n) && n.ValueKind == JsonValueKind.True, Text(e, "sentence") ?? "");
    }

    /// <summary>The gold articles' corpus records, each corpus file read once.</summary>
    private static Dictionary<string, CorpusRecord> ReadArticles(List<JsonElement> articles)
    {
        var wanted = articles.GroupBy(a => a.GetProperty("file").GetString()!).ToDictionary(g => g.Key, g => g.Select(a => a.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal));
        var found = new Dictionary<string, CorpusRecord>(StringComparer.Ordinal);
        foreach (var (file, ids) in wanted)
            foreach (var r in JsonlCorpus.Read(Path.Combine(Corpus.Root, file)))
                if (r.Id is { } id && ids.Contains(id)) found[id] = r;
        return found;
    }
}
