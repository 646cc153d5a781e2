using Rasd.Analysis;
using Rasd.Analysis.Entities;
using Rasd.Core.Model;
using Rasd.Fusion;
using Rasd.Search;
using Rasd.Storage;

namespace Rasd.Server;

/// <summary>
/// What the server reads from a data folder: the store, the search index, and the fused entities
/// and events, read once when first asked for and read again after a document is added. One
/// connection serves one request at a time: the store is locked around each use. Writable only
/// when opened so (the server's write token): then the index is opened for writing too, and
/// another process (<c>rasd analyze</c>) cannot write the folder meanwhile.
/// </summary>
public sealed class Archive : IDisposable
{
    private readonly SqliteStore _store;
    private readonly SearchIndex _index;
    private readonly Lock _lock = new();
    private readonly Lock _writeLock = new();
    private volatile Snapshot _now;

    public Archive(string dataDir, bool writable = false)
    {
        DataDir = dataDir;
        _store = SqliteStore.OpenExisting(dataDir);
        _index = SearchIndex.OpenExisting(dataDir, forWriting: writable);
        Writable = writable;
        _now = new Snapshot(this);
    }

    public string DataDir { get; }

    public bool Writable { get; }

    public IReadOnlyList<Entity> Entities => _now.Entities;

    public IReadOnlyList<Event> Events => _now.Events;

    public Entity? Entity(string id) => _now.Entity(id);

    public string NameOf(string id) => Entity(id)?.Name ?? id;

    /// <summary>The events (statements aside) each entity takes part in, as actor, counterpart or place.</summary>
    public int EventsOf(string id) => _now.EventsOf(id);

    /// <summary>The fused events each event mention of a document reports, by mention id (one sentence may tell two meetings).</summary>
    public IReadOnlyDictionary<string, List<string>> EventsOfMentionsIn(string docId) => _now.EventsOfMentionsIn(docId);

    public SearchResults Search(SearchRequest request)
    {
        var now = _now;
        return Locked(_ => now.Search.Search(request));
    }

    public T Locked<T>(Func<SqliteStore, T> read)
    {
        lock (_lock) return read(_store);
    }

    /// <summary>
    /// Analyzes a document, stores and indexes it (replacing one of the same id), and fuses the whole
    /// store again; entities and events are read anew on the next request. Returns the document's id.
    /// One write at a time, on a connection of its own: requests go on reading what was there before
    /// (the store's write-ahead log) until the write is done.
    /// </summary>
    public string Add(Document document)
    {
        if (!Writable) throw new InvalidOperationException("The archive was opened read-only.");
        var analyzed = RasdPipeline.Default.Run(document);
        lock (_writeLock)
        {
            using var store = SqliteStore.Open(DataDir);
            store.Save([analyzed]);
            _index.Add([IndexedDocument.From(analyzed)]);
            var fuser = new Fuser(KnowledgeBase.Default, EntityOverrides.InDataFolder(DataDir)); // read at each write: the user may have changed it
            ArchiveUpdate.Fuse(store, _index, fuser, RasdPipeline.Default.Run);
            _now = new Snapshot(this);
        }
        return analyzed.Document.Id;
    }

    public void Dispose()
    {
        _index.Dispose();
        _store.Dispose();
    }

    /// <summary>The fused entities and events as of one fusion, each read when first needed.</summary>
    private sealed class Snapshot
    {
        private readonly Lazy<IReadOnlyList<Entity>> _entities;
        private readonly Lazy<Dictionary<string, Entity>> _byId;
        private readonly Lazy<IReadOnlyList<Event>> _events;
        private readonly Lazy<Dictionary<string, int>> _eventCounts;
        private readonly Lazy<Dictionary<string, Dictionary<string, List<string>>>> _eventOfMention;

        public Snapshot(Archive archive)
        {
            Search = new ArchiveSearch(archive._index, archive._store, KnowledgeBase.Default.KeyOfName);
            _entities = new(() => archive.Locked(_ => Search.Entities)); // the list search reads too: one copy of it
            _byId = new(() => Entities.ToDictionary(e => e.Id, StringComparer.Ordinal));
            _events = new(() => archive.Locked(s => s.Events()));
            _eventCounts = new(CountEvents);
            _eventOfMention = new(() => Events.SelectMany(e => e.Mentions.Select(m => (m.DocId, Mention: m.Id, Event: e.Id)))
                .GroupBy(x => x.DocId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Mention, StringComparer.Ordinal).ToDictionary(m => m.Key, m => m.Select(x => x.Event).ToList(), StringComparer.Ordinal), StringComparer.Ordinal));
        }

        public ArchiveSearch Search { get; }

        public IReadOnlyList<Entity> Entities => _entities.Value;

        public IReadOnlyList<Event> Events => _events.Value;

        public Entity? Entity(string id) => _byId.Value.GetValueOrDefault(id);

        public int EventsOf(string id) => _eventCounts.Value.GetValueOrDefault(id);

        public IReadOnlyDictionary<string, List<string>> EventsOfMentionsIn(string docId) =>
            _eventOfMention.Value.TryGetValue(docId, out var events) ? events : new Dictionary<string, List<string>>();

        private Dictionary<string, int> CountEvents()
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in Events.Where(e => e.Type != EventType.Statement))
                foreach (var p in e.Actors.Concat(e.Counterparts).Append(e.Place).OfType<string>().Distinct(StringComparer.Ordinal))
                    counts[p] = counts.GetValueOrDefault(p) + 1;
            return counts;
        }
    }
}
