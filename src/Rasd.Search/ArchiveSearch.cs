using Rasd.Core.Model;
using Rasd.Storage;

namespace Rasd.Search;

/// <summary>
/// Search over a data folder: the index for the words, the store for what the words are names
/// of. A name in a query (<c>entity:شويغو</c>) also finds the other spellings fusion merged into
/// the same entity (شويجو); a name facet counts entities, not spellings. Both are read from the
/// store when first needed and kept.
/// </summary>
public sealed class ArchiveSearch
{
    // A name shared by more entities than this («محمد») is too vague to stand for their spellings.
    private const int MaxEntitiesPerName = 5;
    private readonly SearchIndex _index;
    private readonly Lazy<IReadOnlyList<Entity>> _entities;
    private readonly Lazy<Dictionary<string, List<Entity>>> _byName;
    private readonly Lazy<Dictionary<string, string>> _nameOfKey;
    private readonly Func<string, string?>? _knownEntity;
    private readonly Func<string, string?> _entityOfKey; // one delegate for every search: the index keeps facet labels by it

    /// <param name="knownEntity">
    /// The key of the entity the knowledge base lists a name for («بوتين» → kb:vladimir-putin), if any: a query for it ranks
    /// first where the words are that entity's name. Only curated names rank so; a name the recognizer alone found may be wrong.
    /// </param>
    public ArchiveSearch(SearchIndex index, SqliteStore store, Func<string, string?>? knownEntity = null)
    {
        _knownEntity = knownEntity;
        _index = index;
        _entities = new(store.Entities);
        _byName = new(() => ByName(Entities));
        _nameOfKey = new(() => NameOfKey(Entities, store.EntityOfKeys()));
        _entityOfKey = key => _nameOfKey.Value.GetValueOrDefault(key);
    }

    /// <summary>The fused entities of the store, read once.</summary>
    public IReadOnlyList<Entity> Entities => _entities.Value;

    public SearchResults Search(SearchRequest request) =>
        _index.Search(request, new QueryReader(Spellings, _knownEntity), _entityOfKey);

    /// <summary>Every name of the entities <paramref name="name"/> is a name of (the full name, or a last name few share).</summary>
    public IEnumerable<string> Spellings(string name)
    {
        var key = Key(name);
        if (key.Length == 0 || !_byName.Value.TryGetValue(key, out var entities) || entities.Count > MaxEntitiesPerName) return [];
        return entities.SelectMany(e => e.Aliases.Prepend(e.Name)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>Indexes every stored document again, in a fresh index; returns how many.</summary>
    public static int Rebuild(SqliteStore store, string dataDir, Action<int>? onIndexed = null)
    {
        using var index = SearchIndex.OpenForWriting(dataDir, fresh: true);
        var n = 0;
        foreach (var id in store.DocumentIds())
        {
            if (store.DocumentById(id) is not var (document, published)) continue;
            index.Add([IndexedDocument.From(document, published, store.MentionsOf(id), store.EventMentionsOf(id))]);
            if (++n % 1000 == 0) onIndexed?.Invoke(n);
        }
        index.Commit();
        onIndexed?.Invoke(n);
        return n;
    }

    private static string Key(string name) => string.Join(' ', SearchTerms.Of(name).Where(t => t.Step > 0).Select(t => t.Text));

    private static Dictionary<string, List<Entity>> ByName(IReadOnlyList<Entity> entities)
    {
        var map = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        foreach (var e in entities)
            foreach (var name in e.Aliases.Prepend(e.Name))
            {
                var key = Key(name);
                if (key.Length == 0) continue;
                Add(key, e);
                // A person is also found by the last word of a name («شويغو» for «سيرغي شويغو»).
                if (e.Type == EntityType.PER && key.LastIndexOf(' ') is var space and > 0) Add(key[(space + 1)..], e);
            }
        return map;

        void Add(string key, Entity e)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            if (list.Count == 0 || !ReferenceEquals(list[^1], e)) list.Add(e); // one entity's names come together
        }
    }

    private static Dictionary<string, string> NameOfKey(IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, string> entityOfKey)
    {
        var names = entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        return entityOfKey.Where(k => names.ContainsKey(k.Value)).ToDictionary(k => k.Key, k => names[k.Value], StringComparer.Ordinal);
    }
}
