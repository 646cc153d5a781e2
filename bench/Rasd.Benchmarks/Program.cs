using BenchmarkDotNet.Running;
using Rasd.Benchmarks;

// dotnet run -c Release --project bench/Rasd.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Rasd.Benchmarks -- repair [ARTICLES]   (PDF repair on damaged corpus articles)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- time [ARTICLES]   (time tagging throughput on one core)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- ner [MODEL]   (named-entity tagging throughput on one core over ANERcorp test)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- pdf [ARTICLES] [--keep]   (articles typeset as PDF by LibreOffice, read back)
// dotnet run -c Release --project bench/Rasd.Benchmarks -- pdf-show FILE.pdf [LINES]   (what a PDF yields)
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
