using System.Collections.Concurrent;
using System.Threading.Channels;
using Rasd.Core.Pipeline;
using Rasd.Ingest;
using Rasd.Search;
using Rasd.Storage;

namespace Rasd.Cli.Running;

/// <summary>What a run did: documents stored, and every source that failed with its reason.</summary>
public sealed record RunSummary(int Stored, IReadOnlyList<(string Path, string Reason)> Failures)
{
    public int Read => Stored + Failures.Count;
}

/// <summary>
/// Streams sources through the pipeline: one task enumerates files, readers turn each into its
/// documents (one, or many for a corpus or an archive), one analyzer per core analyzes them, one
/// writer stores (and indexes, when given an index) in batches. Channels are bounded, so memory
/// stays flat however many files there are; a file that fails is reported and the rest go on.
/// </summary>
public sealed class AnalysisRun(AnalysisPipeline pipeline, SqliteStore store, SearchIndex? index = null)
{
    private const int ChannelCapacity = 128;
    private const int BatchSize = 256;

    public async Task<RunSummary> RunAsync(IReadOnlyList<string> paths, Action<int>? onStored = null, CancellationToken ct = default)
    {
        var files = Channel.CreateBounded<string>(ChannelCapacity);
        var documents = Channel.CreateBounded<ReadResult>(ChannelCapacity);
        var analyzed = Channel.CreateBounded<AnalyzedDocument>(ChannelCapacity);
        var failures = new ConcurrentQueue<(string, string)>();

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var file in SourceReader.EnumerateFiles(paths)) await files.Writer.WriteAsync(file, ct);
            }
            finally { files.Writer.Complete(); }
        }, ct);

        // Readers turn files into documents (a corpus file into many), analyzers take documents from
        // any file: one big corpus file is analyzed on every core.
        var readers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount / 2)).Select(_ => Task.Run(async () =>
        {
            await foreach (var file in files.Reader.ReadAllAsync(ct))
                foreach (var read in SourceReader.ReadAll(file))
                {
                    if (read.Document is null) failures.Enqueue((read.Path, read.Error!));
                    else await documents.Writer.WriteAsync(read, ct);
                }
        }, ct)).ToArray();
        var read = Task.WhenAll(readers).ContinueWith(t => documents.Writer.Complete(t.Exception), ct, TaskContinuationOptions.None, TaskScheduler.Default);

        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            await foreach (var source in documents.Reader.ReadAllAsync(ct))
            {
                AnalyzedDocument doc;
                try { doc = pipeline.Run(source.Document!); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failures.Enqueue((source.Path, $"analysis failed: {e.GetType().Name}: {e.Message}"));
                    continue;
                }
                await analyzed.Writer.WriteAsync(doc, ct);
            }
        }, ct)).ToArray();
        var closing = Task.WhenAll(workers).ContinueWith(t => analyzed.Writer.Complete(t.Exception), ct, TaskContinuationOptions.None, TaskScheduler.Default);

        var stored = 0;
        var batch = new List<AnalyzedDocument>(BatchSize);
        await foreach (var doc in analyzed.Reader.ReadAllAsync(ct))
        {
            batch.Add(doc);
            if (batch.Count < BatchSize) continue;
            stored += Flush(batch);
            onStored?.Invoke(stored);
        }
        stored += Flush(batch);
        onStored?.Invoke(stored);
        await producer;
        await read;
        await closing;
        return new RunSummary(stored, [.. failures.OrderBy(f => f.Item1, StringComparer.Ordinal)]);
    }

    private int Flush(List<AnalyzedDocument> batch)
    {
        if (batch.Count == 0) return 0;
        // The same content read twice in one run (two copies of a file) is stored once.
        var distinct = batch.DistinctBy(d => d.Document.Id).ToList();
        store.Save(distinct);
        index?.Add(distinct.Select(IndexedDocument.From));
        var n = batch.Count;
        batch.Clear();
        return n;
    }
}
