using Rasd.Arabic;
using Xunit.Abstractions;

namespace Rasd.Tests.Arabic;

/// <summary>
/// Clitic segmentation measured against 500 corpus tokens split by hand (Specs/clitics-sample.tsv;
/// drawn at random, one per article, never from the seeds). The target is 97% of tokens right.
/// </summary>
public class CliticAccuracyTests(ITestOutputHelper output)
{
    public static IReadOnlyList<(string Token, string Gold, string Actual)> Measure()
    {
        var path = Path.Combine(TestSupport.RepoRoot, "tests", "Rasd.Tests", "Specs", "clitics-sample.tsv");
        var rows = new List<(string, string, string)>();
        foreach (var line in File.ReadLines(path).Where(l => !l.StartsWith('#')).Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length < 4 || cells[3].Trim().Length == 0) continue;
            var token = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(cells[1])).Single();
            rows.Add((cells[1], ArabicNormalizer.Normalize(cells[3].Trim()), token.Segmented));
        }
        return rows;
    }

    [Fact]
    public void At_least_97_percent_of_hand_checked_tokens_are_segmented_right()
    {
        var rows = Measure();
        Assert.Equal(500, rows.Count);
        var wrong = rows.Where(r => r.Gold != r.Actual).ToList();
        foreach (var (token, gold, actual) in wrong) output.WriteLine($"{token}\tgold {gold}\tRasd {actual}");
        var accuracy = 1.0 - (double)wrong.Count / rows.Count;
        output.WriteLine($"accuracy {accuracy:P1} ({rows.Count - wrong.Count}/{rows.Count})");
        Assert.True(accuracy >= 0.97, $"accuracy {accuracy:P1}: " + string.Join("; ", wrong.Select(w => $"{w.Token}: {w.Gold} ≠ {w.Actual}")));
    }
}
