using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Rasd.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Rasd.Benchmarks.TextLayerBenchmarks).Assembly).Run(args);
