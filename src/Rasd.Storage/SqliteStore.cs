using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Pipeline;
using Rasd.Core.Text;
using Rasd.Fusion;

namespace Rasd.Storage;

/// <summary>
/// The embedded store: one SQLite file in the data folder. Documents keep their raw text and
/// their annotations; fusion results (entities, events) are rebuilt from all documents after each
/// analysis. Writing a document again replaces its rows, so re-analysis is idempotent.
/// </summary>
public sealed class SqliteStore : IDisposable
{
    public const string FileName = "rasd.db";
    private readonly SqliteConnection _db;

    private SqliteStore(SqliteConnection db) => _db = db;

    public string Path { get; private init; } = "";

    /// <summary>Opens (creating if needed) the store in <paramref name="dataDir"/> and brings its schema up to date.</summary>
    public static SqliteStore Open(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        var path = System.IO.Path.Combine(dataDir, FileName);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        db.Open();
        Execute(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
        Migrations.Apply(db);
        return new SqliteStore(db) { Path = path };
    }

    /// <summary>Opens an existing store for reading; a clear error when there is none.</summary>
    public static SqliteStore OpenExisting(string dataDir)
    {
        if (!File.Exists(System.IO.Path.Combine(dataDir, FileName)))
            throw new FileNotFoundException($"No Rasd data in '{dataDir}': run 'rasd analyze PATH --data {dataDir}' first.");
        return Open(dataDir);
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);

    /// <summary>Writes analyzed documents in one transaction, replacing what was stored for the same ids.</summary>
    public void Save(IReadOnlyCollection<AnalyzedDocument> docs)
    {
        using var tx = _db.BeginTransaction();
        foreach (var doc in docs)
        {
            var d = doc.Document;
            foreach (var table in (string[])["times", "mentions", "event_mentions"])
                Run(tx, $"DELETE FROM {table} WHERE doc_id = $id", ("$id", d.Id));
            Run(tx, """
                INSERT INTO documents (id, source, title, outlet, url, raw_text, published_start, published_end, published_precision, published_how, read_text, repairs, published_confidence, published_basis)
                VALUES ($id, $source, $title, $outlet, $url, $raw, $ps, $pe, $pp, $how, $read, $repairs, $pc, $pb)
                ON CONFLICT (id) DO UPDATE SET source = excluded.source, title = excluded.title, outlet = excluded.outlet, url = excluded.url,
                  raw_text = excluded.raw_text, read_text = excluded.read_text, repairs = excluded.repairs,
                  published_start = excluded.published_start, published_end = excluded.published_end,
                  published_precision = excluded.published_precision, published_how = excluded.published_how,
                  published_confidence = excluded.published_confidence, published_basis = excluded.published_basis
                """,
                ("$id", d.Id), ("$source", d.Source), ("$title", d.Title), ("$outlet", d.Outlet), ("$url", d.Url), ("$raw", d.RawText),
                ("$read", d.ReadText), ("$repairs", JsonSerializer.Serialize(d.Repairs, Json.Compact)),
                ("$ps", Iso(doc.Published.Date?.Start)), ("$pe", Iso(doc.Published.Date?.End)),
                ("$pp", doc.Published.Date?.Precision.ToString()), ("$how", doc.Published.How.ToString()),
                ("$pc", doc.Published.Confidence), ("$pb", doc.Published.Basis));
            var fingerprint = Fingerprint.Of(d.RawText);
            Run(tx, "UPDATE documents SET fingerprint = $f, shingles = $n WHERE id = $id",
                ("$f", System.Runtime.InteropServices.MemoryMarshal.AsBytes(fingerprint.Minima.AsSpan()).ToArray()), ("$n", fingerprint.Shingles), ("$id", d.Id));
            foreach (var t in doc.TimeExpressions)
                Run(tx, "INSERT INTO times (doc_id, start, end, text, value_start, value_end, precision, anchor, unresolved, kind, mod, duration) VALUES ($d, $s, $e, $t, $vs, $ve, $p, $a, $u, $k, $m, $du)",
                    ("$d", d.Id), ("$s", t.Raw.Start), ("$e", t.Raw.End), ("$t", t.Text), ("$vs", Iso(t.Value?.Start)), ("$ve", Iso(t.Value?.End)),
                    ("$p", t.Value?.Precision.ToString()), ("$a", t.Anchor), ("$u", t.Unresolved),
                    ("$k", t.Parts.Kind.ToString()), ("$m", t.Parts.Mod == TimeMod.None ? null : t.Parts.Mod.ToString()), ("$du", t.Duration));
            foreach (var m in doc.Mentions)
                Run(tx, """
                    INSERT INTO mentions (doc_id, start, end, text, type, key, title, title_start, title_end, office, organization, country, role_only, source)
                    VALUES ($d, $s, $e, $t, $ty, $k, $ti, $ts, $te, $of, $or, $co, $ro, $so)
                    """,
                    ("$d", d.Id), ("$s", m.Raw.Start), ("$e", m.Raw.End), ("$t", m.Text), ("$ty", m.Type.ToString()), ("$k", m.Key),
                    ("$ti", m.Title), ("$ts", m.TitleRaw?.Start), ("$te", m.TitleRaw?.End),
                    ("$of", m.Role?.Office), ("$or", m.Role?.Organization), ("$co", m.Role?.Country), ("$ro", m.RoleOnly ? 1 : 0), ("$so", m.Source));
            foreach (var e in doc.EventMentions)
                Run(tx, "INSERT INTO event_mentions (id, doc_id, json) VALUES ($id, $d, $j)",
                    ("$id", e.Id), ("$d", d.Id), ("$j", JsonSerializer.Serialize(e, Json.Compact)));
        }
        tx.Commit();
    }

    /// <summary>Rebuilds entities and events from every stored document.</summary>
    public FusedResult Fuse(Fuser fuser)
    {
        var result = fuser.Run(NameRecords(), EventMentions(), SourceGroups());
        using var tx = _db.BeginTransaction();
        Run(tx, "DELETE FROM entities");
        Run(tx, "DELETE FROM events");
        Run(tx, "DELETE FROM entity_keys");
        foreach (var (key, id) in result.EntityOfKey)
            Run(tx, "INSERT INTO entity_keys (key, entity_id) VALUES ($k, $id)", ("$k", key), ("$id", id));
        foreach (var e in result.Entities)
            Run(tx, "INSERT INTO entities (id, type, name, json) VALUES ($id, $t, $n, $j)",
                ("$id", e.Id), ("$t", e.Type.ToString()), ("$n", e.Name), ("$j", JsonSerializer.Serialize(e, Json.Compact)));
        foreach (var e in result.Events)
            Run(tx, "INSERT INTO events (id, type, date_start, date_end, json) VALUES ($id, $t, $s, $e, $j)",
                ("$id", e.Id), ("$t", e.Type.ToString()), ("$s", Iso(e.Date?.Start)), ("$e", Iso(e.Date?.End)), ("$j", JsonSerializer.Serialize(e, Json.Compact)));
        tx.Commit();
        return result;
    }

    /// <summary>
    /// Near-duplicate documents (the same story in two outlets, a story republished) grouped: each
    /// document → the smallest id of its group. A document with no near-duplicate is left out.
    /// </summary>
    public IReadOnlyDictionary<string, string> SourceGroups()
    {
        var index = new NearDuplicateIndex();
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x) x = parent[x] = parent.GetValueOrDefault(p, p);
            return x;
        }
        using var cmd = Command("SELECT id, fingerprint, shingles FROM documents WHERE fingerprint IS NOT NULL ORDER BY id");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetString(0);
            var minima = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(((byte[])r.GetValue(1)).AsSpan()).ToArray();
            foreach (var (other, _) in index.Add(id, Fingerprint.From(minima, r.GetInt32(2))))
            {
                var (a, b) = (Find(id), Find(other));
                if (a != b) parent[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
            }
        }
        return parent.Keys.Concat(parent.Values).Distinct(StringComparer.Ordinal).ToDictionary(id => id, Find, StringComparer.Ordinal);
    }

    public IReadOnlyList<(Document Document, PublishedDate Published)> Documents()
    {
        using var cmd = Command("SELECT id, source, title, outlet, url, raw_text, published_start, published_end, published_precision, published_how, read_text, repairs, published_confidence, published_basis FROM documents ORDER BY id");
        using var r = cmd.ExecuteReader();
        var list = new List<(Document, PublishedDate)>();
        while (r.Read()) list.Add(ReadDocument(r));
        return list;
    }

    public int DocumentCount => Convert.ToInt32(Scalar("SELECT count(*) FROM documents"), CultureInfo.InvariantCulture);

    /// <summary>The ids of every stored document, in order: read the documents one by one, in bounded memory.</summary>
    public IReadOnlyList<string> DocumentIds()
    {
        using var cmd = Command("SELECT id FROM documents ORDER BY id");
        using var r = cmd.ExecuteReader();
        var ids = new List<string>();
        while (r.Read()) ids.Add(r.GetString(0));
        return ids;
    }

    /// <summary>A document by its exact id: a lookup by key, for reading every document in turn.</summary>
    public (Document Document, PublishedDate Published)? DocumentById(string id)
    {
        using var cmd = Command("SELECT id, source, title, outlet, url, raw_text, published_start, published_end, published_precision, published_how, read_text, repairs, published_confidence, published_basis FROM documents WHERE id = $id", ("$id", id));
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadDocument(r) : null;
    }

    /// <summary>A document by id, id prefix (at least 6 characters) or source path.</summary>
    public (Document Document, PublishedDate Published)? FindDocument(string idOrSource)
    {
        using var cmd = Command("""
            SELECT id, source, title, outlet, url, raw_text, published_start, published_end, published_precision, published_how, read_text, repairs, published_confidence, published_basis FROM documents
            WHERE id = $q OR source = $q OR (length($q) >= 6 AND id LIKE $q || '%') ORDER BY id LIMIT 2
            """, ("$q", idOrSource));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        var found = ReadDocument(r);
        if (r.Read()) throw new ArgumentException($"'{idOrSource}' names more than one document; give more of the id.");
        return found;
    }

    public IReadOnlyList<TimeExpression> TimesOf(string docId)
    {
        using var cmd = Command("SELECT start, end, text, value_start, value_end, precision, anchor, unresolved, kind, mod, duration FROM times WHERE doc_id = $d ORDER BY start", ("$d", docId));
        using var r = cmd.ExecuteReader();
        var list = new List<TimeExpression>();
        while (r.Read())
        {
            var value = ReadDate(r, 3);
            var parts = new TimeParts
            {
                Kind = r.IsDBNull(8) ? TimeKind.Absolute : Enum.Parse<TimeKind>(r.GetString(8)),
                Mod = r.IsDBNull(9) ? TimeMod.None : Enum.Parse<TimeMod>(r.GetString(9)),
            };
            list.Add(new TimeExpression(new TextSpan(r.GetInt32(0), r.GetInt32(1)), r.GetString(2), -1, -1, parts)
            {
                Value = value,
                Anchor = r.IsDBNull(6) ? null : r.GetString(6),
                Unresolved = r.IsDBNull(7) ? null : r.GetString(7),
                Duration = r.IsDBNull(10) ? null : r.GetString(10),
            });
        }
        return list;
    }

    public IReadOnlyList<Mention> MentionsOf(string docId)
    {
        using var cmd = Command("SELECT start, end, text, type, key, title, title_start, title_end, office, organization, country, role_only, source FROM mentions WHERE doc_id = $d ORDER BY start", ("$d", docId));
        using var r = cmd.ExecuteReader();
        var list = new List<Mention>();
        while (r.Read())
        {
            list.Add(new Mention(new TextSpan(r.GetInt32(0), r.GetInt32(1)), r.GetString(2), Enum.Parse<EntityType>(r.GetString(3)), r.GetString(4), -1, -1)
            {
                Title = r.IsDBNull(5) ? null : r.GetString(5),
                TitleRaw = r.IsDBNull(6) ? null : new TextSpan(r.GetInt32(6), r.GetInt32(7)),
                Role = ReadRole(r, 8),
                RoleOnly = r.GetInt32(11) != 0,
                Source = r.GetString(12),
            });
        }
        return list;
    }

    /// <summary>The entity every mention key was resolved to by the last fusion.</summary>
    public IReadOnlyDictionary<string, string> EntityOfKeys()
    {
        using var cmd = Command("SELECT key, entity_id FROM entity_keys");
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (r.Read()) map[r.GetString(0)] = r.GetString(1);
        return map;
    }

    private static RoleName? ReadRole(SqliteDataReader r, int first) => r.IsDBNull(first) ? null
        : new RoleName(r.GetString(first), r.IsDBNull(first + 1) ? null : r.GetString(first + 1), r.IsDBNull(first + 2) ? null : r.GetString(first + 2));

    public IReadOnlyList<EventMention> EventMentionsOf(string docId) => EventMentions(docId);

    public IReadOnlyList<Entity> Entities() => ReadJson<Entity>("SELECT json FROM entities ORDER BY id");

    public IReadOnlyList<Event> Events() =>
        [.. ReadJson<Event>("SELECT json FROM events").OrderBy(e => e.Date is null ? 1 : 0).ThenBy(e => e.Date?.Start).ThenBy(e => e.Type).ThenBy(e => e.Id, StringComparer.Ordinal)];

    private IEnumerable<NameRecord> NameRecords()
    {
        using var cmd = Command("""
            SELECT m.doc_id, m.key, m.type, m.text, m.title, d.published_start, d.published_end, d.published_precision,
                   m.office, m.organization, m.country, m.role_only, m.start, m.source
            FROM mentions m JOIN documents d ON d.id = m.doc_id ORDER BY m.doc_id, m.start
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<NameRecord>();
        while (r.Read())
        {
            var date = ReadDate(r, 5);
            list.Add(new NameRecord(r.GetString(0), r.GetString(1), Enum.Parse<EntityType>(r.GetString(2)), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), date)
            {
                Role = ReadRole(r, 8), RoleOnly = r.GetInt32(11) != 0, Start = r.GetInt32(12), Source = r.GetString(13),
            });
        }
        return list;
    }

    private List<EventMention> EventMentions(string? docId = null) => docId is null
        ? ReadJson<EventMention>("SELECT json FROM event_mentions ORDER BY doc_id, id")
        : ReadJson<EventMention>("SELECT json FROM event_mentions WHERE doc_id = $d ORDER BY id", ("$d", docId));

    private List<T> ReadJson<T>(string sql, params (string, object?)[] args)
    {
        using var cmd = Command(sql, args);
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read()) list.Add(JsonSerializer.Deserialize<T>(r.GetString(0), Json.Compact)!);
        return list;
    }

    private static (Document, PublishedDate) ReadDocument(SqliteDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var doc = new Document(r.GetString(0), r.GetString(1), r.GetString(5))
        {
            Title = Text(2), Outlet = Text(3), Url = Text(4), ReadText = Text(10),
            Repairs = JsonSerializer.Deserialize<List<TextRepair>>(r.GetString(11), Json.Compact) ?? [],
        };
        var how = Enum.Parse<DateSource>(r.GetString(9));
        var published = new PublishedDate(ReadDate(r, 6), how) { Confidence = r.GetDouble(12), Basis = r.IsDBNull(13) ? null : r.GetString(13) };
        return (doc, published);
    }

    /// <summary>A date stored as three columns from <paramref name="first"/>: start, end, precision; null when start is.</summary>
    private static DateValue? ReadDate(SqliteDataReader r, int first) => r.IsDBNull(first) ? null
        : new DateValue(DateOnly.Parse(r.GetString(first), CultureInfo.InvariantCulture), DateOnly.Parse(r.GetString(first + 1), CultureInfo.InvariantCulture),
            Enum.Parse<DatePrecision>(r.GetString(first + 2)));

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private object? Scalar(string sql)
    {
        using var cmd = Command(sql);
        return cmd.ExecuteScalar();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private void Run(SqliteTransaction tx, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(sql, args);
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    internal static void Execute(SqliteConnection db, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _db.Dispose();
}
