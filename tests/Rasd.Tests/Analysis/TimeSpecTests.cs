using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit.Abstractions;

namespace Rasd.Tests.Analysis;

/// <summary>
/// The hand-annotated time specs (tests/Rasd.Tests/Specs/time-*.spec.json): real corpus sentences,
/// each with its article's date as the day of writing and every time expression in it with its value.
/// Scored the way a time tagger is: an expression is found when a tagged span overlaps the gold one;
/// precision over what was tagged, recall over the gold, value accuracy over the expressions found.
/// Run with <c>dotnet test Rasd.slnx --filter TimeSpec --logger "console;verbosity=detailed"</c> for the figures.
/// </summary>
public class TimeSpecTests(ITestOutputHelper output)
{
    private const double Target = 0.95;
    private static readonly string SpecDir = Path.Combine(TestSupport.RepoRoot, "tests", "Rasd.Tests", "Specs");

    public sealed record Case(string Input, string Reference, string Source, IReadOnlyList<Gold> Times);

    public sealed record Gold(string Text, string Category, string? Value, string? Mod);

    public static IReadOnlyList<Case> Cases() =>
        [.. Directory.EnumerateFiles(SpecDir, "time-*.spec.json").Order(StringComparer.Ordinal)
            .SelectMany(f => JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(f), Options)!)];

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString };

    [Fact]
    public void The_specs_hold_at_least_400_cases_with_gold_spans_inside_their_sentences()
    {
        var cases = Cases();
        Assert.True(cases.Count >= 400, $"{cases.Count} cases");
        Assert.True(cases.Count(c => c.Source.StartsWith("corpus:", StringComparison.Ordinal)) > cases.Count * 0.8, "mostly from the corpus");
        foreach (var c in cases)
            foreach (var g in c.Times)
                Assert.True(c.Input.Contains(g.Text, StringComparison.Ordinal), $"«{g.Text}» is not in «{c.Input}»");
    }

    [Fact]
    public void Time_tagging_meets_the_targets_on_the_specs()
    {
        int tagged = 0, gold = 0, found = 0, right = 0;
        var byCategory = new SortedDictionary<string, (int Gold, int Found, int Right)>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var c in Cases())
        {
            var doc = TestSupport.Analyze(c.Input, c.Reference);
            var predicted = doc.TimeExpressions.ToList();
            tagged += predicted.Count;
            var used = new bool[predicted.Count];
            var from = 0;
            foreach (var g in c.Times)
            {
                gold++;
                var start = c.Input.IndexOf(g.Text, from, StringComparison.Ordinal);
                if (start < 0) start = c.Input.IndexOf(g.Text, StringComparison.Ordinal);
                var end = start + g.Text.Length;
                from = end;
                var k = predicted.FindIndex(p => !used[predicted.IndexOf(p)] && p.Raw.Start < end && start < p.Raw.End);
                var stats = byCategory.GetValueOrDefault(g.Category);
                stats.Gold++;
                if (k < 0) { misses.Add($"MISSED {g.Category} «{g.Text}» ({g.Value}) in «{c.Input}» [{c.Reference}]"); byCategory[g.Category] = stats; continue; }
                used[k] = true;
                found++;
                stats.Found++;
                var value = predicted[k].Value?.Value ?? predicted[k].Duration;
                if (value == g.Value) { right++; stats.Right++; }
                else misses.Add($"VALUE  {g.Category} «{g.Text}» gold {g.Value ?? "null"}, got {value ?? "null"} «{predicted[k].Text}» ({predicted[k].Unresolved}) [{c.Reference}] in «{c.Input}»");
                byCategory[g.Category] = stats;
            }
            for (var k = 0; k < predicted.Count; k++)
                if (!used[k]) misses.Add($"EXTRA  «{predicted[k].Text}» → {predicted[k].Value?.Value ?? predicted[k].Duration} in «{c.Input}»");
        }
        double precision = (double)(tagged - misses.Count(m => m.StartsWith("EXTRA", StringComparison.Ordinal))) / Math.Max(1, tagged);
        double recall = (double)found / Math.Max(1, gold);
        double accuracy = (double)right / Math.Max(1, found);
        output.WriteLine($"{gold} gold expressions, {tagged} tagged: precision {precision:0.000}, recall {recall:0.000}, value accuracy {accuracy:0.000}");
        foreach (var (category, s) in byCategory)
            output.WriteLine($"  {category,-16} {s.Gold,4} gold  recall {(double)s.Found / s.Gold:0.000}  value accuracy {(s.Found == 0 ? 0 : (double)s.Right / s.Found):0.000}");
        foreach (var m in misses) output.WriteLine(m);
        Assert.True(precision >= Target && recall >= Target && accuracy >= Target,
            $"precision {precision:0.000}, recall {recall:0.000}, value accuracy {accuracy:0.000} (target {Target} each)");
    }
}
