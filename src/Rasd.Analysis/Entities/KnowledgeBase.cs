using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Analysis.Entities;

/// <summary>An entry of <c>resources/ar/entities.tsv</c>.</summary>
public sealed record KnownEntity(string Id, EntityType Type, string Name, string? NameLatin, string? Wikidata, string? PartOf, IReadOnlyList<string> Aliases)
{
    public string Key => Mention.KnowledgeBasePrefix + Id;
}

/// <summary>
/// The knowledge base of known people, organizations and places, with their aliases, and the
/// word lists names are read with: titles, gentilics and function words.
/// </summary>
public sealed class KnowledgeBase
{
    public static KnowledgeBase Default { get; } = new();

    private readonly Dictionary<string, string> _indefiniteGentilics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownEntity> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _titleForms = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Id, string Domain), string> _inDomain = [];

    private KnowledgeBase()
    {
        var fieldNames = LanguageData.Read("ar/field-names.tsv");
        var onlyInField = fieldNames.Select(f => (Entity: f["entity"], Form: f["form"])).ToHashSet();
        foreach (var row in LanguageData.Read("ar/entities.tsv"))
        {
            // A name it has only in a field («سيول» in news of Korea) is no alias elsewhere.
            var aliases = LanguageData.Values(row.Get("aliases")).Prepend(row["name"]).Distinct().Where(a => !onlyInField.Contains((row["id"], a)));
            var entity = new KnownEntity(row["id"], Enum.Parse<EntityType>(row["type"]), row["name"], row.Get("latin"), row.Get("wikidata"), row.Get("part_of"), [.. aliases]);
            _byId.Add(entity.Id, entity);
            foreach (var alias in entity.Aliases) Aliases.Add(alias, entity);
        }
        foreach (var row in fieldNames) FieldNames.Add(row["form"], (_byId[row["entity"]], row["domain"]));
        foreach (var row in LanguageData.Read("ar/titles.tsv"))
        {
            Titles.Add(row["form"], row["kind"]);
            _titleForms.TryAdd(ArabicNormalizer.Normalize(row["form"]), row.Get("same") ?? row["form"]);
            if (row.Get("sent") == "yes") _sentTitles.Add(ArabicNormalizer.Normalize(row["form"]));
        }
        foreach (var row in LanguageData.Read("ar/gentilics.tsv"))
        {
            Gentilics.Add(row["form"], row["place"]);
            // «وفد أمريكي»، «وفدا روسيا»: after an indefinite noun the adjective has no article, and «ا» in the accusative.
            var form = ArabicNormalizer.Normalize(row["form"]);
            if (!form.StartsWith("ال", StringComparison.Ordinal) || form.Contains(' ', StringComparison.Ordinal)) continue;
            _indefiniteGentilics.TryAdd(form[2..], row["place"]);
            if (form.EndsWith('ي')) _indefiniteGentilics.TryAdd(form[2..] + "ا", row["place"]);
        }
        foreach (var row in LanguageData.Read("ar/function-words.tsv")) FunctionWords.Add(ArabicNormalizer.Normalize(row["form"]));
        foreach (var row in LanguageData.Read("ar/name-particles.tsv"))
        {
            NameParticles.Add(ArabicNormalizer.Normalize(row["form"]));
            if (row["kind"] == "lineage") LineageParticles.Add(ArabicNormalizer.Normalize(row["form"]));
        }
        foreach (var row in LanguageData.Read("ar/kinship.tsv")) Kinship.Add(row["form"], "kin");
        foreach (var row in LanguageData.Read("ar/not-names.tsv")) NotNames.Add(row["form"], "idiom");
        foreach (var row in LanguageData.Read("ar/domains.tsv")) DomainWords.Add(row["form"], row["domain"]);
        foreach (var row in LanguageData.Read("ar/domain-entities.tsv")) _inDomain.Add((row["entity"], row["domain"]), row["instead"]);
        foreach (var row in LanguageData.Read("ar/names.tsv"))
            if (row["type"] == "given-name") GivenNames.Add(ArabicNormalizer.Normalize(row["form"]));
    }

    public IEnumerable<KnownEntity> Entities => _byId.Values;

    public PhraseMatcher<KnownEntity> Aliases { get; } = new();

    /// <summary>Title or rank phrase → kind (office, rank).</summary>
    public PhraseMatcher<string> Titles { get; } = new();

    /// <summary>Gentilic adjective → id of the place it names (الروسي → russia).</summary>
    public PhraseMatcher<string> Gentilics { get; } = new();

    public HashSet<string> FunctionWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The place a gentilic written without the article names («أمريكي»، «روسيا» in «وفدا روسيا»), from its match form; null when none.</summary>
    public string? IndefiniteGentilic(string matchForm) => _indefiniteGentilics.GetValueOrDefault(matchForm);

    /// <summary>Idioms that open with a known name's words but name nothing (not-names.tsv: «مسقط رأسه»).</summary>
    public PhraseMatcher<string> NotNames { get; } = new();

    /// <summary>Words of kinship (kinship.tsv): before a title, the one named after it is a relative of the office holder.</summary>
    public PhraseMatcher<string> Kinship { get; } = new();

    /// <summary>Words that tell a text's field (domains.tsv): word → field.</summary>
    public PhraseMatcher<string> DomainWords { get; } = new();

    /// <summary>Names that stand for an entity only in a text of a field (field-names.tsv): form → the entity and the field.</summary>
    public PhraseMatcher<(KnownEntity Entity, string Domain)> FieldNames { get; } = new();

    /// <summary>(entity id, field) → the id of the entity its name stands for in a text of that field (domain-entities.tsv).</summary>
    public IReadOnlyDictionary<(string Id, string Domain), string> InDomain => _inDomain;

    /// <summary>Words that join parts of a name (بن، عبد، أبو), in match form.</summary>
    public HashSet<string> NameParticles { get; } = new(StringComparer.Ordinal);

    /// <summary>Particles of lineage (بن، آل): a name that opens with one is a patronymic, no name alone.</summary>
    public HashSet<string> LineageParticles { get; } = new(StringComparer.Ordinal);

    /// <summary>Given names of names.tsv (أحمد، هاني، جون), in match form: alone, they name no one in particular.</summary>
    public HashSet<string> GivenNames { get; } = new(StringComparer.Ordinal);

    public KnownEntity? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The key of the entity <paramref name="name"/> is, whole, an alias of («بوتين»، «الاتحاد الأوروبي»); null when none.</summary>
    public string? KeyOfName(string name)
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(name));
        return tokens.Length > 0 && Aliases.Match(tokens, 0) is { } m && m.End == tokens.Length ? m.Value.Key : null;
    }

    // A football report names a few of its words more than this; a political one that mentions a match, fewer.
    private const int MinFieldWords = 3;

    /// <summary>The fields a text is about (domains.tsv): those it names at least <see cref="MinFieldWords"/> words of.</summary>
    public IReadOnlyList<string> FieldsOf(IReadOnlyList<Token> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
            if (DomainWords.Match(tokens, i) is { } word)
            {
                counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
                i = word.End - 1;
            }
        return [.. counts.Where(c => c.Value >= MinFieldWords).Select(c => c.Key)];
    }

    private readonly HashSet<string> _sentTitles = new(StringComparer.Ordinal);

    /// <summary>Whether the title in match form is an office held toward a place, written with «إلى» («المبعوث الأممي إلى ليبيا»).</summary>
    public bool IsSentTitle(string matchForm) => _sentTitles.Contains(matchForm);

    /// <summary>Whether titles.tsv lists <paramref name="form"/> (as written or in match form).</summary>
    public bool IsTitle(string form) => _titleForms.ContainsKey(ArabicNormalizer.Normalize(form));

    /// <summary>A title as titles.tsv writes it, from its match form («رييس» → «رئيس»), or the form it lists as the same office
    /// («وزير الشؤون الخارجية» → «وزير الخارجية»); the match form itself when not listed.</summary>
    public string TitleForm(string matchForm) => _titleForms.GetValueOrDefault(matchForm, matchForm);

    public KnownEntity? FindByKey(string key) =>
        key.StartsWith(Mention.KnowledgeBasePrefix, StringComparison.Ordinal) ? Find(key[Mention.KnowledgeBasePrefix.Length..]) : null;

    /// <summary>True when the place keyed <paramref name="inner"/> is <paramref name="outer"/> or lies inside it (Moscow in Russia).</summary>
    public bool IsWithin(string inner, string outer) => IsWithinId(IdOfKey(inner), IdOfKey(outer));

    /// <summary><see cref="IsWithin"/> over entity ids.</summary>
    public bool IsWithinId(string inner, string outer)
    {
        for (var id = inner; id is not null; id = Find(id)?.PartOf)
            if (id == outer) return true;
        return false;
    }

    private static string IdOfKey(string key) =>
        key.StartsWith(Mention.KnowledgeBasePrefix, StringComparison.Ordinal) ? key[Mention.KnowledgeBasePrefix.Length..] : key;
}
