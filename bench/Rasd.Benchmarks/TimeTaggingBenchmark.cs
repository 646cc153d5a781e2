using Rasd.Analysis.Stages;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Pipeline;

namespace Rasd.Benchmarks;

/// <summary>
/// Time tagging throughput on one core: corpus articles run through the text layer alone (normalize,
/// tokens, sentences) and through the text layer with the time stages (recognize, publication date,
/// resolve); the difference is what tagging costs, reported in MB of article text per second.
/// </summary>
public static class TimeTaggingBenchmark
{
    public static void Run(int articles)
    {
        var docs = Corpus.Articles(articles).Select(a => new Document(a.Id ?? "", a.Id ?? "", a.Text)
        {
            Published = Rasd.Ingest.MetadataDate.Parse(a.Date) is { } day ? new PublishedDate(DateValue.Day(day), DateSource.Meta) : PublishedDate.Unknown,
        }).ToList();
        var megabytes = Corpus.Megabytes(docs.Select(d => d.RawText));
        var text = TextLayer().Build();
        var timed = TextLayer().Add(DefaultStages.RecognizeTimes(ArabicCalendar.Default)).Add(DefaultStages.PublicationDate(ArabicCalendar.Default)).Add(DefaultStages.ResolveTimes()).Build();
        foreach (var d in docs) timed.Run(d); // warm: the segmenter's cache and the JIT
        var textOnly = Best(() => { foreach (var d in docs) text.Run(d); });
        long expressions = 0;
        var withTimes = Best(() => { expressions = 0; foreach (var d in docs) expressions += timed.Run(d).TimeExpressions.Count; });
        var recognizeOnly = TextLayer().Add(DefaultStages.RecognizeTimes(ArabicCalendar.Default)).Build();
        var recognizing = Best(() => { foreach (var d in docs) recognizeOnly.Run(d); }) - textOnly;
        var tagging = withTimes - textOnly;
        Console.WriteLine($"{docs.Count} articles, {megabytes:0.00} MB, {expressions:N0} time expressions");
        Console.WriteLine($"text layer alone: {textOnly.TotalMilliseconds:0} ms; with time tagging: {withTimes.TotalMilliseconds:0} ms");
        Console.WriteLine($"of which recognizing: {recognizing.TotalMilliseconds:0} ms, dating the document and resolving: {(tagging - recognizing).TotalMilliseconds:0} ms");
        Console.WriteLine($"time tagging alone: {tagging.TotalMilliseconds:0} ms = {megabytes / tagging.TotalSeconds:0.0} MB/s on one core; end to end {megabytes / withTimes.TotalSeconds:0.0} MB/s");
    }

    private static AnalysisPipeline.Builder TextLayer() =>
        new AnalysisPipeline.Builder().Add(DefaultStages.Normalize()).Add(DefaultStages.Tokenize()).Add(DefaultStages.Sentences());

    private static TimeSpan Best(Action run) => Measure.Best(run, 3);
}
