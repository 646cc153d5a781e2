using System.Text.Json;
using Rasd.Analysis;
using Rasd.Analysis.Entities;
using Rasd.Cli.Running;
using Rasd.Fusion;
using Rasd.Storage;

namespace Rasd.Tests.EndToEnd;

/// <summary>The five seed articles analyzed once into a fresh store, shared by the end-to-end tests.</summary>
public sealed class SeedRun : IDisposable
{
    public SeedRun()
    {
        DataDir = TestSupport.TempDir();
        Store = SqliteStore.Open(DataDir);
        Summary = new AnalysisRun(RasdPipeline.Default, Store).RunAsync([TestSupport.Seeds]).GetAwaiter().GetResult();
        Result = Store.Fuse(new Fuser(KnowledgeBase.Default));
        Json = JsonSerializer.Serialize(ResultExport.Build(Store), Rasd.Storage.Json.Options);
    }

    public string DataDir { get; }

    public SqliteStore Store { get; }

    public RunSummary Summary { get; }

    public FusedResult Result { get; }

    public string Json { get; }

    public void Dispose() => Store.Dispose();
}
