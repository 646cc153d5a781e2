using BenchmarkDotNet.Running;
using Rasd.Benchmarks;

// dotnet run -c Release --project bench/Rasd.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Rasd.Benchmarks -- repair [ARTICLES]   (PDF repair on damaged corpus articles)
if (args is ["lines", ..])
{
    LineRepairEvaluation.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2);
    return;
}
if (args is ["repair", ..])
{
    RepairEvaluation.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(TextLayerBenchmarks).Assembly).Run(args);
