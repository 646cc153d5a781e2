using BenchmarkDotNet.Running;
using Rasd.Benchmarks;

// dotnet run -c Release --project bench/Rasd.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Rasd.Benchmarks -- repair [ARTICLES]   (PDF repair on damaged corpus articles)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- time [ARTICLES]   (time tagging throughput on one core)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- ner [MODEL]   (named-entity tagging throughput on one core over ANERcorp test)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- pdf [ARTICLES] [--keep]   (articles typeset as PDF by LibreOffice, read back)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- pdf-show FILE.pdf [LINES]   (what a PDF yields)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- resolution-sample [ARTICLES] [OUT-PREFIX]   (name pairs to judge by hand)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- resolution-score [JUDGED.tsv DECISIONS.tsv [ARTICLES]]   (precision and recall of "same entity")
// dotnet run -c Release --project bench/Rasd.Benchmarks -- events [GOLD.jsonl] [--split dev|test] [--show]   (event P/R/F1 on hand-annotated articles)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- search-pool DATA [QUERIES.tsv] [OUT.jsonl] [JUDGED.tsv]   (the top 10 of Rasd, stock Lucene and PostgreSQL, pooled for judging)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- search-eval DATA [QUERIES.tsv] [JUDGED.tsv]   (precision@10 and recall of each)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- search-speed DATA [QUERIES.tsv] [ROUNDS]   (query latency p50/p95)
if (args is ["search-pool", var poolData, ..])
{
    SearchEvaluation.Pool(poolData, args.Length > 2 ? args[2] : "bench/search-queries.tsv", args.Length > 3 ? args[3] : "/tmp/search-pool.jsonl", args.Length > 4 ? args[4] : null);
    return;
}
if (args is ["search-eval", var evalData, ..])
{
    SearchEvaluation.Evaluate(evalData, args.Length > 2 ? args[2] : "bench/search-queries.tsv", args.Length > 3 ? args[3] : "bench/search-judged.tsv");
    return;
}
if (args is ["search-speed", var speedData, ..])
{
    SearchEvaluation.Speed(speedData, args.Length > 2 ? args[2] : "bench/search-queries.tsv", args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}
if (args is ["events", ..])
{
    var rest = args.Skip(1).ToList();
    var split = rest.IndexOf("--split") is var at and >= 0 && at + 1 < rest.Count ? rest[at + 1] : null;
    EventEvaluation.Run(rest.FirstOrDefault(a => a.EndsWith(".jsonl", StringComparison.Ordinal)) ?? "bench/events-gold.jsonl", split, rest.Contains("--show"));
    return;
}
if (args is ["resolution-sample", ..])
{
    ResolutionEvaluation.Sample(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3000, merged: 90, sameSpelling: 20, apart: 90,
        args.Length > 2 ? args[2] : "bench/resolution-pairs");
    return;
}
if (args is ["resolution-score", ..])
{
    ResolutionEvaluation.Score(args.Length > 1 ? args[1] : "bench/resolution-pairs.tsv", args.Length > 2 ? args[2] : "bench/resolution-pairs.decisions.tsv",
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3000);
    return;
}
if (args is ["lines", ..])
{
    LineRepairEvaluation.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2);
    return;
}
if (args is ["pdf", ..])
{
    Environment.Exit(PdfEvaluation.Run(args.Length > 1 && args[1] != "--keep" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40, args.Contains("--keep")));
}
if (args is ["pdf-show", var pdfPath, ..])
{
    PdfEvaluation.Show(pdfPath, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40);
    return;
}
if (args is ["time", ..])
{
    TimeTaggingBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
    return;
}
if (args is ["ner", ..])
{
    NerBenchmark.Run(args.Length > 1 ? args[1] : null);
    return;
}
if (args is ["repair", ..])
{
    RepairEvaluation.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(TextLayerBenchmarks).Assembly).Run(args);
