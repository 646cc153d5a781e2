using Rasd.Ingest;

namespace Rasd.Cli.Commands;

/// <summary>One parallel pass over the articles of JSONL corpora, for the commands that build language data from them.</summary>
public static class CorpusPass
{
    /// <summary>The corpus files under <paramref name="paths"/>, in a stable order, or an empty list (reported) when there are none.</summary>
    public static IReadOnlyList<string> Files(IEnumerable<string> paths)
    {
        var files = SourceReader.EnumerateFiles(paths).Where(JsonlCorpus.IsCorpusFile).ToList();
        if (files.Count == 0) Console.Error.WriteLine("rasd: no .jsonl or .jsonl.gz files found");
        return files;
    }

    /// <summary>Calls <paramref name="add"/> with the title and text of every article, in parallel over files; returns the number of articles.</summary>
    /// <remarks><paramref name="skipFirst"/> articles at the start of each file are left out (held out for an evaluation).</remarks>
    public static async Task<int> RunAsync(IReadOnlyList<string> files, Action<string> add, CancellationToken ct, int skipFirst = 0)
    {
        var articles = 0;
        await Parallel.ForEachAsync(files, ct, (file, _) =>
        {
            foreach (var record in JsonlCorpus.Read(file, (line, reason) => Console.Error.WriteLine($"rasd: {file}:{line}: {reason}")).Skip(skipFirst))
            {
                add(record.Title + "\n" + record.Text);
                Interlocked.Increment(ref articles);
            }
            return ValueTask.CompletedTask;
        });
        return articles;
    }

    public static string Describe(IReadOnlyList<string> files) => string.Join(", ", files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
}
