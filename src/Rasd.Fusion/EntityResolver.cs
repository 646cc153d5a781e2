using Rasd.Analysis.Entities;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Fusion;

/// <summary>One name mention as fusion needs it: where it is, what it says, and the date of its document.</summary>
public sealed record NameRecord(string Doc, string Key, EntityType Type, string Text, string? Title, DateValue? DocDate);

/// <summary>Entities and the map from every mention key to its entity id.</summary>
public sealed record Resolution(IReadOnlyList<Entity> Entities, IReadOnlyDictionary<string, string> EntityOfKey)
{
    public string IdOf(string key) => EntityOfKey.TryGetValue(key, out var id) ? id : key;
}

/// <summary>
/// Turns mention keys into entities. Known names are the knowledge base's entity whatever their
/// spelling (شويغو = شويجو); an unknown name written as a known one is transliterated (the same
/// <see cref="NameSkeleton"/>: يوفكيورف = يفكيروف) joins it, and unknown names that share a skeleton
/// join each other; an unknown one-word name joins the one longer unknown name it ends
/// (سيمينوف ⊂ كيريل سيمينوف). Every merge says why.
/// </summary>
public sealed class EntityResolver(KnowledgeBase kb, EntityOverrides? overrides = null)
{
    private readonly EntityOverrides _overrides = overrides ?? EntityOverrides.None;

    // Two spellings both this common as words are two Arabic names (محمد، محمود), not one transliterated twice.
    private const int CommonWord = 500;

    private readonly Lazy<Dictionary<(EntityType, string), KnownEntity?>> _knownSkeletons = new(() => KnownSkeletons(kb));

    public Resolution Resolve(IEnumerable<NameRecord> names)
    {
        // A spelling the user split off is keyed by itself, whatever the knowledge base says.
        names = names.Select(n => _overrides.Splits.ContainsKey(EntityOverrides.Key(n.Text)) ? n with { Key = $"{n.Type.ToString().ToLowerInvariant()}:{EntityOverrides.Key(n.Text)}" } : n);
        var byKey = names.GroupBy(n => n.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var target = new Dictionary<string, string>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var unknown = byKey.Keys.Where(k => kb.FindByKey(k) is null).ToList();
        MergeTransliterations(byKey, unknown, target, reasons);
        unknown = [.. unknown.Where(k => !target.ContainsKey(k))];
        foreach (var key in unknown.Where(k => !k.Contains(' ', StringComparison.Ordinal)))
        {
            var last = key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];
            var longer = unknown.Where(k => k != key && k.StartsWith(key[..(key.IndexOf(':', StringComparison.Ordinal) + 1)], StringComparison.Ordinal)
                && k.EndsWith(" " + last, StringComparison.Ordinal)).ToList();
            if (longer.Count != 1) continue;
            target[key] = longer[0];
            Add(reasons, IdOf(longer[0]), $"«{byKey[key][0].Text}» is the last name of «{byKey[longer[0]][0].Text}», and no other known name ends with it");
        }

        ApplyOverrides(byKey, target, reasons);

        var entityOfKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<NameRecord>>(StringComparer.Ordinal);
        foreach (var (key, records) in byKey)
        {
            var root = target.GetValueOrDefault(key, key);
            var id = IdOf(root);
            entityOfKey[key] = id;
            if (!members.TryGetValue(id, out var list)) members[id] = list = [];
            list.AddRange(records);
        }

        var entities = new List<Entity>();
        foreach (var (id, records) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var known = kb.Find(id);
            // One alias per spelling: variants that differ only by kashida, marks or line breaks are one
            // spelling, shown in its shortest written form.
            var aliases = records.GroupBy(r => ArabicNormalizer.Normalize(r.Text).ReplaceLineEndings(" "), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Select(r => r.Text).OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).First()).ToList();
            var roles = records.Where(r => r.Title is not null)
                .GroupBy(r => (r.Title!, r.Doc)).Select(g => new Role(g.Key.Item1, g.Key.Doc, g.First().DocDate))
                .OrderBy(r => r.Date?.Start ?? DateOnly.MaxValue).ThenBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Doc, StringComparer.Ordinal).ToList();
            entities.Add(new Entity(id, known?.Type ?? records[0].Type, known?.Name ?? aliases[0])
            {
                NameLatin = known?.NameLatin,
                Wikidata = known?.Wikidata,
                Aliases = aliases,
                Roles = roles,
                MergedBecause = [.. known is null ? [] : new[] { $"the knowledge base lists these spellings of «{known.Name}»" }, .. reasons.GetValueOrDefault(id) ?? []],
            });
        }
        return new Resolution(entities, entityOfKey);
    }

    /// <summary>The user's word last: split spellings leave whatever they joined; merged names join.</summary>
    private void ApplyOverrides(Dictionary<string, List<NameRecord>> byKey, Dictionary<string, string> target, Dictionary<string, List<string>> reasons)
    {
        string? KeyOf(string name) => byKey.Where(kv => kv.Value.Any(r => EntityOverrides.Key(r.Text) == name)).Select(kv => kv.Key).Order(StringComparer.Ordinal).FirstOrDefault();
        foreach (var (name, where) in _overrides.Splits)
            if (KeyOf(name) is { } key)
            {
                target.Remove(key);
                foreach (var joined in target.Where(kv => kv.Value == key).Select(kv => kv.Key).ToList()) target.Remove(joined);
                Add(reasons, IdOf(key), $"kept apart by the user ({where})");
            }
        foreach (var (name, into, where) in _overrides.Merges)
        {
            if (KeyOf(name) is not { } from || KeyOf(into) is not { } to || from == to) continue;
            var root = to;
            while (target.TryGetValue(root, out var next) && next != from) root = next;
            target[from] = root;
            foreach (var joined in target.Where(kv => kv.Value == from).Select(kv => kv.Key).ToList()) target[joined] = root;
            Add(reasons, IdOf(root), $"«{byKey[from][0].Text}» merged by the user ({where})");
        }
    }

    /// <summary>
    /// Unknown names with the skeleton of a known one join it; unknown names sharing a skeleton join
    /// the most frequent spelling. Short skeletons and pairs of common words are left apart.
    /// </summary>
    private void MergeTransliterations(Dictionary<string, List<NameRecord>> byKey, List<string> unknown, Dictionary<string, string> target, Dictionary<string, List<string>> reasons)
    {
        var groups = unknown.GroupBy(k => (byKey[k][0].Type, Skeleton: NameSkeleton.Of(byKey[k][0].Text)))
            .Where(g => NameSkeleton.IsDistinctive(g.Key.Skeleton));
        foreach (var group in groups)
        {
            if (_knownSkeletons.Value.GetValueOrDefault(group.Key) is { } known)
            {
                foreach (var key in group.Where(k => !BothCommon(byKey[k][0].Text, known.Name)))
                {
                    target[key] = known.Key;
                    Add(reasons, known.Id, $"«{byKey[key][0].Text}» is «{known.Name}» in another transliteration (the same letters once vowels and the letters for /g/ are folded)");
                }
                continue;
            }
            var spellings = group.OrderByDescending(k => byKey[k].Count).ThenBy(k => k, StringComparer.Ordinal).ToList();
            foreach (var key in spellings.Skip(1).Where(k => !BothCommon(byKey[k][0].Text, byKey[spellings[0]][0].Text)))
            {
                target[key] = spellings[0];
                Add(reasons, IdOf(spellings[0]), $"«{byKey[key][0].Text}» and «{byKey[spellings[0]][0].Text}» are one name in two transliterations (the same letters once vowels and the letters for /g/ are folded)");
            }
        }
    }

    private static bool BothCommon(string a, string b)
    {
        var wa = ArabicNormalizer.Normalize(a).Split(' ');
        var wb = ArabicNormalizer.Normalize(b).Split(' ');
        if (wa.Length != wb.Length) return false;
        for (var i = 0; i < wa.Length; i++)
            if (wa[i] != wb[i] && CliticSegmenter.Default.CountOf(wa[i]) >= CommonWord && CliticSegmenter.Default.CountOf(wb[i]) >= CommonWord) return true;
        return false;
    }

    /// <summary>The skeleton of every alias of the knowledge base; a skeleton two entities share names neither.</summary>
    private static Dictionary<(EntityType, string), KnownEntity?> KnownSkeletons(KnowledgeBase kb)
    {
        var map = new Dictionary<(EntityType, string), KnownEntity?>();
        foreach (var e in kb.Entities)
            foreach (var alias in e.Aliases.Append(e.Name))
            {
                var key = (e.Type, NameSkeleton.Of(alias));
                if (!map.TryGetValue(key, out var other)) map[key] = e;
                else if (other is not null && other.Id != e.Id) map[key] = null;
            }
        return map;
    }

    /// <summary>Entity ids are stable: the knowledge base's id, or the type and a hash of the normalized name.</summary>
    public string IdOf(string key)
    {
        if (kb.FindByKey(key) is { } known) return known.Id;
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return $"{key[..colon]}-{StableId.Of(key)}";
    }

    private static void Add(Dictionary<string, List<string>> reasons, string key, string reason)
    {
        if (!reasons.TryGetValue(key, out var list)) reasons[key] = list = [];
        list.Add(reason);
    }
}
