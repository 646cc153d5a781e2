using System.Diagnostics;

namespace Rasd.Benchmarks;

/// <summary>Wall-clock timing for the hand-run benchmark modes.</summary>
public static class Measure
{
    /// <summary>The fastest of <paramref name="runs"/> runs: the least disturbed by the machine.</summary>
    public static TimeSpan Best(Action run, int runs)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            if (watch.Elapsed < best) best = watch.Elapsed;
        }
        return best;
    }
}
