using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Rasd.Storage;

/// <summary>
/// The store's schema as an ordered list of migrations. <c>PRAGMA user_version</c> records how
/// many have been applied; opening a store applies the rest, each in its own transaction.
/// Never edit a migration that has shipped: add a new one.
/// </summary>
public static class Migrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: documents with their annotations; fused entities and events.
        """
        CREATE TABLE documents (
          id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, outlet TEXT, url TEXT, raw_text TEXT NOT NULL,
          published_start TEXT, published_end TEXT, published_precision TEXT, published_how TEXT NOT NULL);
        CREATE TABLE times (
          doc_id TEXT NOT NULL REFERENCES documents(id), start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
          value_start TEXT, value_end TEXT, precision TEXT, anchor TEXT, unresolved TEXT);
        CREATE INDEX times_doc ON times(doc_id);
        CREATE TABLE mentions (
          doc_id TEXT NOT NULL REFERENCES documents(id), start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
          type TEXT NOT NULL, key TEXT NOT NULL, title TEXT, title_start INTEGER, title_end INTEGER);
        CREATE INDEX mentions_doc ON mentions(doc_id);
        CREATE INDEX mentions_key ON mentions(key);
        CREATE TABLE event_mentions (id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id), json TEXT NOT NULL);
        CREATE INDEX event_mentions_doc ON event_mentions(doc_id);
        CREATE TABLE entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL);
        CREATE TABLE events (id TEXT PRIMARY KEY, type TEXT NOT NULL, date_start TEXT, date_end TEXT, json TEXT NOT NULL);
        CREATE INDEX events_date ON events(date_start);
        """,
        // 2: a text damaged by PDF extraction is stored as repaired, with the text as read and the repairs.
        """
        ALTER TABLE documents ADD COLUMN read_text TEXT;
        ALTER TABLE documents ADD COLUMN repairs TEXT NOT NULL DEFAULT '[]';
        """,
        // 3: what each time expression is (kind, part of its period, a duration), and how sure an inferred publication date is.
        """
        ALTER TABLE times ADD COLUMN kind TEXT;
        ALTER TABLE times ADD COLUMN mod TEXT;
        ALTER TABLE times ADD COLUMN duration TEXT;
        ALTER TABLE documents ADD COLUMN published_confidence REAL NOT NULL DEFAULT 1;
        ALTER TABLE documents ADD COLUMN published_basis TEXT;
        """,
        // 4: the office a title states, offices named without a holder, which recognizer found a name; the entity of every mention key.
        """
        ALTER TABLE mentions ADD COLUMN office TEXT;
        ALTER TABLE mentions ADD COLUMN organization TEXT;
        ALTER TABLE mentions ADD COLUMN country TEXT;
        ALTER TABLE mentions ADD COLUMN role_only INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE mentions ADD COLUMN source TEXT NOT NULL DEFAULT 'rules';
        CREATE TABLE entity_keys (key TEXT PRIMARY KEY, entity_id TEXT NOT NULL);
        """,
        // 5: each document's MinHash fingerprint, so that near-duplicates count as one source.
        """
        ALTER TABLE documents ADD COLUMN fingerprint BLOB;
        ALTER TABLE documents ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;
        """,
    ];

    public static int Latest => All.Count;

    public static void Apply(SqliteConnection db)
    {
        using (var check = db.CreateCommand())
        {
            check.CommandText = "PRAGMA user_version";
            var current = Convert.ToInt32(check.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (current > Latest)
                throw new InvalidOperationException($"The store's schema is version {current}, newer than this Rasd knows ({Latest}): upgrade Rasd.");
            for (var v = current; v < Latest; v++)
            {
                using var tx = db.BeginTransaction();
                SqliteStore.Execute(db, All[v], tx);
                SqliteStore.Execute(db, $"PRAGMA user_version = {v + 1}", tx);
                tx.Commit();
            }
        }
    }
}
