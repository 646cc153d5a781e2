using Rasd.Analysis;
using Rasd.Core.Model;
using Rasd.Core.Pipeline;
using Rasd.Core.Text;

namespace Rasd.Tests;

/// <summary>Paths of the repository, and the analysis of hand-built texts.</summary>
public static class TestSupport
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepoRoot, "samples", "seeds");

    /// <summary>The shared corpora beside the checkout (../shared), as in CI.</summary>
    public static string SharedCorpus
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));
            return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"The shared corpora are expected at {path} (../shared beside the checkout).");
        }
    }

    /// <summary>A file of the shared data sets beside the checkout (../shared/datasets), as in CI.</summary>
    public static string SharedDataset(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", "datasets", .. parts]));
        return File.Exists(path) ? path : throw new FileNotFoundException($"The shared data set file is expected at {path} (../shared beside the checkout).");
    }

    /// <summary>The first <paramref name="count"/> articles of the shared corpora, taken evenly from every file in name order.</summary>
    public static IReadOnlyList<Rasd.Ingest.CorpusRecord> CorpusArticles(int count)
    {
        var files = Directory.EnumerateFiles(SharedCorpus, "*.jsonl.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var perFile = (count + files.Count - 1) / files.Count;
        return [.. files.SelectMany(f => Rasd.Ingest.JsonlCorpus.Read(f).Take(perFile)).Take(count)];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rasd.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Rasd.slnx) above " + AppContext.BaseDirectory);
    }

    /// <summary>Analyzes a text as a document, with a publication date given as metadata when asked.</summary>
    public static AnalyzedDocument Analyze(string text, string? published = null)
    {
        var doc = new Document(StableId.Of(text), "test", text)
        {
            Published = published is null ? PublishedDate.Unknown : new PublishedDate(DateValue.Day(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)), DateSource.Meta),
        };
        return RasdPipeline.Default.Run(doc);
    }

    /// <summary>The rasd command as users and scripts call it, from a fresh working folder: its exit code and what it wrote.</summary>
    public static (int Code, string Out, string Err) RunRasd(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TempDir() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rasd.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("rasd did not finish: " + string.Join(' ', args)); }
        return (p.ExitCode, output.Result, error.Result);
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "rasd-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
