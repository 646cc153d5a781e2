using Rasd.Analysis.Entities;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Fusion;

/// <summary>One name mention as fusion needs it: where it is, what it says, and the date of its document.</summary>
public sealed record NameRecord(string Doc, string Key, EntityType Type, string Text, string? Title, DateValue? DocDate)
{
    /// <summary>The office its title states, if any.</summary>
    public RoleName? Role { get; init; }

    /// <summary>An office written without its holder's name.</summary>
    public bool RoleOnly { get; init; }

    /// <summary>Where it starts in its document's raw text.</summary>
    public int Start { get; init; }

    public string Source { get; init; } = Mention.RuleSource;

    /// <summary>Whether the text is a spelling of the name: an office or a rank standing for it («اللواء المتقاعد») is not.</summary>
    public bool IsName => !RoleOnly && Text != Title;
}

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
/// (سيمينوف ⊂ كيريل سيمينوف). An office written alone («وزير الدفاع الروسي») is the person
/// the same text names with it, or else the one the corpus names with it nearest that date.
/// Every merge says why.
/// </summary>
public sealed class EntityResolver(KnowledgeBase kb, EntityOverrides? overrides = null)
{
    private readonly EntityOverrides _overrides = overrides ?? EntityOverrides.None;

    // Two spellings both this common as words are two Arabic names (محمد، محمود), not one transliterated twice.
    private const int CommonWord = 500;

    // A one-word name this frequent as a word is too common to stand for one full name.
    private const int CommonSurname = 2000;

    private readonly Lazy<Dictionary<(EntityType, string), KnownEntity?>> _knownSkeletons = new(() => KnownSkeletons(kb));

    /// <summary>
    /// What transliterations of one name share: the type (a place is a place, whether the rules said
    /// GPE or the recognizer LOC) and the skeleton without spaces («أميركان إير لاينز» = «أميركان إيرلاينز»).
    /// </summary>
    private static (EntityType, string) SkeletonKey(EntityType type, string name) =>
        (type is EntityType.GPE ? EntityType.LOC : type, NameSkeleton.Of(name).Replace(" ", "", StringComparison.Ordinal));

    // An office named alone goes to a holder the corpus names within this many days of the text's date.
    private const int MaxDaysFromHolder = 6 * 365;

    public Resolution Resolve(IEnumerable<NameRecord> names)
    {
        // A spelling the user split off is keyed by itself, whatever the knowledge base says.
        names = names.Select(n => !n.RoleOnly && _overrides.Splits.ContainsKey(EntityOverrides.Key(n.Text)) ? n with { Key = $"{n.Type.ToString().ToLowerInvariant()}:{EntityOverrides.Key(n.Text)}" } : n);
        var byKey = names.GroupBy(n => n.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var target = new Dictionary<string, string>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var unknown = byKey.Keys.Where(k => kb.FindByKey(k) is null && !byKey[k][0].RoleOnly).ToList();
        MergeTransliterations(byKey, unknown, target, reasons);
        unknown = [.. unknown.Where(k => !target.ContainsKey(k))];
        MergeContained(byKey, unknown, target, reasons);

        ApplyOverrides(byKey, target, reasons);
        ResolveOffices(byKey, target, reasons);

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
            var spellings = records.Where(r => r.IsName).DefaultIfEmpty(records[0]);
            var aliases = spellings.GroupBy(r => SpellingKey(r.Text), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Select(r => r.Text).OrderBy(t => SpellingKey(t) == ArabicNormalizer.Normalize(t).ReplaceLineEndings(" ") ? 0 : 1)
                    .ThenBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).First()).ToList();
            var roles = records.Where(r => r.Title is not null)
                .GroupBy(r => (r.Title!, r.Doc)).Select(g => new Role(g.Key.Item1, g.Key.Doc, g.First().DocDate)
                {
                    Office = g.First().Role?.Office, Organization = g.First().Role?.Organization, Country = g.First().Role?.Country,
                })
                .OrderBy(r => r.Date?.Start ?? DateOnly.MaxValue).ThenBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Doc, StringComparer.Ordinal).ToList();
            // The type the rules gave, else the one most mentions have.
            var type = known?.Type ?? records.OrderBy(r => r.Source == Mention.RuleSource ? 0 : 1).GroupBy(r => r.Type).OrderByDescending(g => g.Count()).First().Key;
            entities.Add(new Entity(id, type, known?.Name ?? aliases[0])
            {
                NameLatin = known?.NameLatin,
                Wikidata = known?.Wikidata,
                Aliases = aliases,
                Roles = roles,
                Positions = Positions(records),
                MergedBecause = [.. known is null ? [] : new[] { $"the knowledge base lists these spellings of «{known.Name}»" }, .. (reasons.GetValueOrDefault(id) ?? []).Distinct(StringComparer.Ordinal)],
            });
        }
        return new Resolution(entities, entityOfKey);
    }

    /// <summary>
    /// Every office written alone goes to its holder: the person the same text names with that
    /// office, else the one the corpus names with it nearest the text's date (within
    /// <see cref="MaxDaysFromHolder"/>), else — for an undated text — the one the corpus names with
    /// it most. No clear holder: the offices of the same name stay one entity of their own.
    /// </summary>
    private void ResolveOffices(Dictionary<string, List<NameRecord>> byKey, Dictionary<string, string> target, Dictionary<string, List<string>> reasons)
    {
        string Root(string key) => target.GetValueOrDefault(key, key);
        var titled = byKey.Values.SelectMany(r => r).Where(r => r is { RoleOnly: false, Type: EntityType.PER, Role: not null }).ToList();
        // A holder's «وزير الدفاع» counts as its «وزير الدفاع الروسي» when that is its only office of the name.
        var holders = titled.GroupBy(r => Root(r.Key), StringComparer.Ordinal)
            .SelectMany(g => { var full = FullOffices(g); return g.Select(r => (Key: full(r.Role!).Key, Record: r)); })
            .ToLookup(x => x.Key, x => x.Record, StringComparer.Ordinal);
        var namedInDoc = titled.ToLookup(r => r.Doc, StringComparer.Ordinal);
        foreach (var (key, records) in byKey.Where(kv => kv.Value[0].RoleOnly).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList())
        {
            var office = records[0];
            var named = holders[office.Role!.Key].ToList();
            string? holder = null, why = null;
            if (named.Where(h => h.Doc == office.Doc).ToList() is { Count: > 0 } here)
            {
                holder = Root(here.OrderBy(h => Math.Abs(h.Start - office.Start)).First().Key);
                why = "the same text names its holder";
            }
            else if (HolderOfShortOffice(namedInDoc[office.Doc], office, Root) is { } only)
                (holder, why) = (only, "the same text names one holder of an office of that name");
            else if (office.DocDate is { } date)
            {
                var nearest = named.Where(h => h.DocDate is not null).GroupBy(h => Root(h.Key))
                    .Select(g => (Key: g.Key, Days: g.Min(h => DaysApart(h.DocDate!, date)), Seen: g.MinBy(h => DaysApart(h.DocDate!, date))!.DocDate!))
                    .OrderBy(c => c.Days).ThenBy(c => c.Key, StringComparer.Ordinal).Take(2).ToList();
                if (nearest.Count > 0 && nearest[0].Days <= MaxDaysFromHolder && (nearest.Count == 1 || nearest[1].Days > nearest[0].Days))
                    (holder, why) = (nearest[0].Key, $"the holder the corpus names nearest {date.Value} (on {nearest[0].Seen.Value})");
            }
            else
            {
                var most = named.GroupBy(h => Root(h.Key)).Select(g => (Key: g.Key, Docs: g.Select(h => h.Doc).Distinct().Count()))
                    .OrderByDescending(c => c.Docs).ThenBy(c => c.Key, StringComparer.Ordinal).Take(2).ToList();
                if (most.Count > 0 && (most.Count == 1 || most[1].Docs < most[0].Docs))
                    (holder, why) = (most[0].Key, $"the text is undated; the holder most documents name ({most[0].Docs})");
            }
            if (holder is null && HolderOfUnqualifiedOffice(namedInDoc[office.Doc], office, Root) is { } plain)
                (holder, why) = (plain, "the same text names one holder of that office, without saying of where");
            if (holder is null && IsCounterpart(office) && HolderForCountry(namedInDoc[office.Doc], office, Root) is { } counterpart)
                (holder, why) = (counterpart, "a counterpart of that country, and the same text names one person in office there");
            if (holder is not null)
            {
                target[key] = holder;
                Add(reasons, IdOf(holder), $"«{office.Text}» ({office.Doc}) is this person: {why}");
            }
            else
            {
                target[key] = OfficeKey(office.Role!);
                var reason = "an office named without its holder, and no document names who held it then";
                if (reasons.GetValueOrDefault(IdOf(target[key])) is not { } list || !list.Contains(reason)) Add(reasons, IdOf(target[key]), reason);
            }
        }
    }

    /// <summary>
    /// «الوزير الأميركي» after «وزير الدفاع الأمريكي أشتون كارتر»: an office written short (its head word, for the same
    /// country or body) is the one person of the same text whose office begins with it; null when none or several.
    /// </summary>
    /// <param name="namedInDoc">The people the office's text names with a title.</param>
    private static string? HolderOfShortOffice(IEnumerable<NameRecord> namedInDoc, NameRecord office, Func<string, string> root)
    {
        var role = office.Role!;
        if (role.Office.Contains(' ', StringComparison.Ordinal) || role.Country is null && role.Organization is null) return null;
        var holders = namedInDoc
            .Where(r => r.Role is { } h && h.Country == role.Country && h.Organization == role.Organization && h.Office.StartsWith(role.Office + " ", StringComparison.Ordinal))
            .Select(r => root(r.Key)).Distinct(StringComparer.Ordinal).ToList();
        return holders is [var one] ? one : null;
    }

    /// <summary>
    /// «وزير الخارجية مايك بومبيو» and later «وزير الخارجية الأمريكي»: the one person the text names with the office and no place
    /// or body, when it names no one with that office of another; null otherwise. Weaker than the corpus, so tried after it.
    /// </summary>
    private static string? HolderOfUnqualifiedOffice(IEnumerable<NameRecord> namedInDoc, NameRecord office, Func<string, string> root)
    {
        var role = office.Role!;
        var sameOffice = namedInDoc.Where(r => r.Role is { } h && h.Office == role.Office).ToList();
        if (sameOffice.Any(r => r.Role!.Country is not null || r.Role.Organization is not null)) return null;
        return sameOffice.Select(r => root(r.Key)).Distinct(StringComparer.Ordinal).ToList() is [var one] ? one : null;
    }

    /// <summary>«واستقبل مون نظيره الكوري الشمالي»: an office carried over from the one just named to a country («نظيره»), not written.</summary>
    private bool IsCounterpart(NameRecord office) =>
        office.Title is { } title && kb.Titles.Match(Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(title)), 0) is { Value: "counterpart" };

    /// <summary>
    /// «رئيس كوريا الجنوبية مون» receives «نظيره الكوري الشمالي», and the text named «الزعيم الكوري الشمالي كيم جونغ أون»: the counterpart's
    /// office is the host's word for it, so only the country tells; the one person the text names in office there; null otherwise.
    /// </summary>
    private static string? HolderForCountry(IEnumerable<NameRecord> namedInDoc, NameRecord office, Func<string, string> root) =>
        office.Role!.Country is { } country
        && namedInDoc.Where(r => r.Role is { } h && h.Country == country).Select(r => root(r.Key)).Distinct(StringComparer.Ordinal).ToList() is [var one] ? one : null;

    private static string OfficeKey(RoleName role) => "role:" + role.Key;

    private static int DaysApart(DateValue a, DateValue b) =>
        a.End < b.Start ? b.Start.DayNumber - a.End.DayNumber : b.End < a.Start ? a.Start.DayNumber - b.End.DayNumber : 0;

    /// <summary>
    /// The offices an entity's titles state, each once: a title without the country («وزير الدفاع»)
    /// joins the entity's only office of that name with one («وزير الدفاع» of Russia).
    /// </summary>
    private static List<Position> Positions(List<NameRecord> records)
    {
        var titled = records.Where(r => r.Role is not null).ToList();
        var Full = FullOffices(titled);
        return [.. titled.GroupBy(r => Full(r.Role!).Key, StringComparer.Ordinal).Select(g =>
            {
                var role = Full(g.First().Role!);
                var dated = g.Where(r => r.DocDate is not null).Select(r => r.DocDate!).ToList();
                var title = g.GroupBy(r => r.Title!, StringComparer.Ordinal).OrderByDescending(t => t.Count()).ThenByDescending(t => t.Key.Length).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key;
                return new Position(role.Office, role.Organization, role.Country, title,
                    dated.Count == 0 ? null : dated.MinBy(d => d.Start), dated.Count == 0 ? null : dated.MaxBy(d => d.End),
                    [.. g.Select(r => r.Doc).Distinct().Order(StringComparer.Ordinal)]);
            })
            .OrderBy(p => p.From?.Start ?? DateOnly.MaxValue).ThenBy(p => p.Office, StringComparer.Ordinal)];
    }

    /// <summary>One person's offices: an office stated without its country or organization becomes the person's only one of that name stated with it.</summary>
    private static Func<RoleName, RoleName> FullOffices(IEnumerable<NameRecord> records)
    {
        var offices = records.Select(r => r.Role).OfType<RoleName>().Where(r => r.Organization is not null || r.Country is not null)
            .DistinctBy(r => r.Key).ToLookup(r => r.Office, StringComparer.Ordinal);
        var qualified = offices.SelectMany(g => g).ToList();
        return r => r is not { Organization: null, Country: null } ? r
            : offices[r.Office].ToList() is [var only] ? only
            : qualified.Where(o => o.Office.StartsWith(r.Office + " ", StringComparison.Ordinal)).ToList() is [var longer] ? longer // «الوزير» of «وزير الدفاع»
            : r;
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
    /// An unknown name that ends exactly one longer unknown name joins it: «سيمينوف» ⊂ «كيريل
    /// سيمينوف»، «عبد الكافي» ⊂ «عادل عبد الكافي». Both are people (the shorter may be typed otherwise
    /// only by the statistical recognizer's guess); a given name alone or a name opening with «بن» never joins.
    /// </summary>
    private void MergeContained(Dictionary<string, List<NameRecord>> byKey, List<string> unknown, Dictionary<string, string> target, Dictionary<string, List<string>> reasons)
    {
        static string Words(string key) => key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var bySuffix = new Dictionary<string, List<string>>(StringComparer.Ordinal); // every proper word suffix of a name → the names ending so
        foreach (var key in unknown)
        {
            var words = Words(key);
            for (var at = words.IndexOf(' ', StringComparison.Ordinal); at >= 0; at = words.IndexOf(' ', at + 1))
            {
                if (!bySuffix.TryGetValue(words[(at + 1)..], out var list)) bySuffix[words[(at + 1)..]] = list = [];
                list.Add(key);
            }
        }
        foreach (var key in unknown)
        {
            // Only a person's surname stands for the full name: «ليفربول» is not «جامعة ليفربول», a given name alone («هاني») or «بن بدر» names no one.
            var words = Words(key);
            if (!bySuffix.TryGetValue(words, out var longer) || kb.GivenNames.Contains(ArabicNormalizer.Normalize(words))
                || kb.LineageParticles.Contains(ArabicNormalizer.Normalize(words.Split(' ')[0]))) continue;
            var guessed = byKey[key].All(r => r.Source == Mention.ModelSource);
            var type = byKey[key][0].Type;
            // The recognizer mixes up people and organizations, not people and places («سان بطرسبرج» ⊂ «زينيت سان بطرسبرج»).
            if (type != EntityType.PER && !(guessed && type == EntityType.ORG)) continue;
            // «سعود بن عبدالعزيز» is a full name, not the end of «عبدالكريم بن سعود بن عبدالعزيز»; a word this common («رضي») is no surname.
            if (words.Split(' ').Any(w => kb.LineageParticles.Contains(ArabicNormalizer.Normalize(w)))
                || !words.Contains(' ', StringComparison.Ordinal) && CliticSegmenter.Default.CountOf(words) >= CommonSurname) continue;
            var candidates = longer.Where(k => byKey[k][0].Type == EntityType.PER && !kb.LineageParticles.Contains(ArabicNormalizer.Normalize(Words(k).Split(' ')[0]))).ToList();
            if (candidates.Count != 1 || target.ContainsKey(candidates[0])) continue;
            target[key] = candidates[0];
            Add(reasons, IdOf(candidates[0]), $"«{byKey[key][0].Text}» is the end of «{byKey[candidates[0]][0].Text}», and no other name ends with it");
        }
    }

    /// <summary>
    /// Unknown names with the skeleton of a known one join it; unknown names sharing a skeleton join
    /// the most frequent spelling. Short skeletons and pairs of common words are left apart.
    /// </summary>
    private void MergeTransliterations(Dictionary<string, List<NameRecord>> byKey, List<string> unknown, Dictionary<string, string> target, Dictionary<string, List<string>> reasons)
    {
        var groups = unknown.GroupBy(k => SkeletonKey(byKey[k][0].Type, byKey[k][0].Text))
            .Where(g => NameSkeleton.IsDistinctive(NameSkeleton.Of(byKey[g.First()][0].Text)));
        foreach (var group in groups)
        {
            if (_knownSkeletons.Value.GetValueOrDefault(group.Key) is { } known)
            {
                var spelling = known.Aliases.Append(known.Name).FirstOrDefault(a => SkeletonKey(known.Type, a) == group.Key) ?? known.Name;
                foreach (var key in group.Where(k => !BothCommon(byKey[k][0].Text, known.Name) && NameSkeleton.EndsAlike(byKey[k][0].Text, spelling)))
                {
                    target[key] = known.Key;
                    Add(reasons, known.Id, $"«{byKey[key][0].Text}» is «{known.Name}» in another transliteration (the same letters once vowels and the letters for /g/ are folded)");
                }
                continue;
            }
            var spellings = group.OrderByDescending(k => byKey[k].Count).ThenBy(k => k, StringComparer.Ordinal).ToList();
            foreach (var key in spellings.Skip(1).Where(k => !BothCommon(byKey[k][0].Text, byKey[spellings[0]][0].Text) && NameSkeleton.EndsAlike(byKey[k][0].Text, byKey[spellings[0]][0].Text)))
            {
                target[key] = spellings[0];
                Add(reasons, IdOf(spellings[0]), $"«{byKey[key][0].Text}» and «{byKey[spellings[0]][0].Text}» are one name in two transliterations (the same letters once vowels and the letters for /g/ are folded)");
            }
        }
    }

    /// <summary>
    /// What makes two written names one spelling: the match form, one space for any line break, and
    /// «لل» read as «ال» (the preposition that swallowed the article's alif: «للقيادة العامة»).
    /// </summary>
    private static string SpellingKey(string text)
    {
        var key = ArabicNormalizer.Normalize(text).ReplaceLineEndings(" ");
        return key.StartsWith("لل", StringComparison.Ordinal) && key.Length > 3 ? "ا" + key[1..] : key;
    }

    /// <summary>
    /// Whether two spellings are two Arabic names rather than one name transliterated twice: a word
    /// where they differ is a common word in both, or an Arabic word with the article in both
    /// («العبادي» and «العبود»، «الجابر» and «الجبير»: a foreign name is not written with «ال»).
    /// </summary>
    private static bool BothCommon(string a, string b)
    {
        var wa = ArabicNormalizer.Normalize(a).Split(' ');
        var wb = ArabicNormalizer.Normalize(b).Split(' ');
        if (wa.Length != wb.Length) return false;
        for (var i = 0; i < wa.Length; i++)
        {
            if (wa[i] == wb[i]) continue;
            if (CliticSegmenter.Default.CountOf(wa[i]) >= CommonWord && CliticSegmenter.Default.CountOf(wb[i]) >= CommonWord) return true;
            if (wa[i].StartsWith("ال", StringComparison.Ordinal) && wb[i].StartsWith("ال", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The skeleton of every alias of the knowledge base; a skeleton two entities share names neither.</summary>
    private static Dictionary<(EntityType, string), KnownEntity?> KnownSkeletons(KnowledgeBase kb)
    {
        var map = new Dictionary<(EntityType, string), KnownEntity?>();
        foreach (var e in kb.Entities)
            foreach (var alias in e.Aliases.Append(e.Name))
            {
                var key = SkeletonKey(e.Type, alias);
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
