using Rasd.Core.Model;
using Rasd.Search;
using Rasd.Storage;

namespace Rasd.Server;

/// <summary>
/// What the server reads from a data folder: the store, the search index, and the fused entities
/// and events, read once when first asked for (a store is rebuilt by <c>rasd analyze</c>, not while
/// it is served). One connection serves one request at a time: the store is locked around each use.
/// </summary>
public sealed class Archive : IDisposable
{
    private readonly SqliteStore _store;
    private readonly SearchIndex _index;
    private readonly ArchiveSearch _search;
    private readonly Lazy<IReadOnlyList<Entity>> _entities;
    private readonly Lazy<Dictionary<string, Entity>> _byId;
    private readonly Lazy<IReadOnlyList<Event>> _events;
    private readonly Lazy<Dictionary<string, int>> _eventCounts;
    private readonly Lock _lock = new();

    public Archive(string dataDir)
    {
        DataDir = dataDir;
        _store = SqliteStore.OpenExisting(dataDir);
        _index = SearchIndex.OpenExisting(dataDir);
        _search = new ArchiveSearch(_index, _store);
        _entities = new(() => Locked(_ => _search.Entities)); // the list search reads too: one copy of it
        _eventCounts = new(CountEvents);
        _byId = new(() => Entities.ToDictionary(e => e.Id, StringComparer.Ordinal));
        _events = new(() => Locked(s => s.Events()));
    }

    public string DataDir { get; }

    public IReadOnlyList<Entity> Entities => _entities.Value;

    public IReadOnlyList<Event> Events => _events.Value;

    public Entity? Entity(string id) => _byId.Value.GetValueOrDefault(id);

    public string NameOf(string id) => Entity(id)?.Name ?? id;

    /// <summary>The events (statements aside) each entity takes part in, as actor, counterpart or place.</summary>
    public int EventsOf(string id) => _eventCounts.Value.GetValueOrDefault(id);

    public SearchResults Search(SearchRequest request) => Locked(_ => _search.Search(request));

    public T Locked<T>(Func<SqliteStore, T> read)
    {
        lock (_lock) return read(_store);
    }

    private Dictionary<string, int> CountEvents()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in Events.Where(e => e.Type != EventType.Statement))
            foreach (var p in e.Actors.Concat(e.Counterparts).Append(e.Place).OfType<string>().Distinct(StringComparer.Ordinal))
                counts[p] = counts.GetValueOrDefault(p) + 1;
        return counts;
    }

    public void Dispose()
    {
        _index.Dispose();
        _store.Dispose();
    }
}
