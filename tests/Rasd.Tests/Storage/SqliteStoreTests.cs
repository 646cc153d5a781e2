using Microsoft.Data.Sqlite;
using Rasd.Analysis.Entities;
using Rasd.Fusion;
using Rasd.Storage;

namespace Rasd.Tests.Storage;

public class SqliteStoreTests
{
    [Fact]
    public void A_new_store_is_at_the_latest_schema_version_and_reopening_changes_nothing()
    {
        var dir = TestSupport.TempDir();
        using (var store = SqliteStore.Open(dir)) Assert.Equal(Migrations.Latest, store.SchemaVersion);
        using (var again = SqliteStore.Open(dir)) Assert.Equal(Migrations.Latest, again.SchemaVersion);
    }

    [Fact]
    public void A_store_from_a_newer_rasd_is_refused()
    {
        var dir = TestSupport.TempDir();
        using (SqliteStore.Open(dir)) { }
        using (var db = new SqliteConnection($"Data Source={Path.Combine(dir, SqliteStore.FileName)};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = $"PRAGMA user_version = {Migrations.Latest + 1}";
            cmd.ExecuteNonQuery();
        }
        Assert.Throws<InvalidOperationException>(() => SqliteStore.Open(dir));
    }

    [Fact]
    public void Saving_a_document_again_replaces_its_rows()
    {
        var dir = TestSupport.TempDir();
        var doc = TestSupport.Analyze("التقى حفتر مع بوتين في العاصمة موسكو.", "2025-05-10");
        using var store = SqliteStore.Open(dir);
        store.Save([doc]);
        store.Save([doc]);
        Assert.Single(store.Documents());
        Assert.Equal(doc.Mentions.Count, store.MentionsOf(doc.Document.Id).Count);
        Assert.Single(store.EventMentionsOf(doc.Document.Id));
        var fused = store.Fuse(new Fuser(KnowledgeBase.Default));
        Assert.Equal(fused.Events.Select(e => e.Id), store.Events().Select(e => e.Id));
        Assert.Equal("2025-05-10", store.FindDocument(doc.Document.Id[..8])!.Value.Published.Date!.Value);
    }

    [Fact]
    public void A_repaired_document_keeps_the_text_as_read_and_its_repairs()
    {
        var dir = TestSupport.TempDir();
        var read = Rasd.Ingest.SourceReader.Read(Path.Combine(TestSupport.Seeds, "003_ec8d3b60c03d02b9.txt")).Document!;
        var analyzed = Rasd.Analysis.RasdPipeline.Default.Run(read);
        using (var store = SqliteStore.Open(dir)) store.Save([analyzed]);
        using var reopened = SqliteStore.Open(dir);
        var (stored, _) = reopened.FindDocument(read.Id)!.Value;
        Assert.Equal(read.RawText, stored.RawText);
        Assert.Equal(read.ReadText, stored.ReadText);
        Assert.Equal(read.Repairs, stored.Repairs);
        Assert.NotEmpty(stored.Repairs);
    }

    [Fact]
    public void Reading_a_folder_with_no_store_says_what_to_do() =>
        Assert.Contains("rasd analyze", Assert.Throws<FileNotFoundException>(() => SqliteStore.OpenExisting(TestSupport.TempDir())).Message, StringComparison.Ordinal);
}
