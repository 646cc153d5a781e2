using System.Text;

namespace Rasd.Benchmarks;

/// <summary>
/// Damages clean Arabic text the way PDF extraction does (seed 003 shows it): lines wrapped at a
/// page width, kashida inserted for justification, each line cut wherever «ر»/«ز» is followed by «ي»
/// inside a word and its pieces emitted in reverse order, blank lines inside sentences, and some
/// numbers lost. Seeded, so the benchmark is reproducible.
/// </summary>
public sealed class PdfDamage(int seed)
{
    private const int LineWidth = 90;
    private readonly Random _random = new(seed);

    public string Damage(string text)
    {
        var output = new StringBuilder();
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var line in Wrap(DropDigits(paragraph)))
            {
                output.Append(Kashida(CutAndReverse(line))).Append('\n');
                if (_random.NextDouble() < 0.1) output.Append('\n'); // a paragraph break inside a sentence
            }
            output.Append('\n');
        }
        return output.ToString();
    }

    private string DropDigits(string paragraph)
    {
        var sb = new StringBuilder(paragraph.Length);
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (!char.IsDigit(paragraph[i])) { sb.Append(paragraph[i]); continue; }
            var start = i;
            while (i + 1 < paragraph.Length && char.IsDigit(paragraph[i + 1])) i++;
            if (_random.NextDouble() < 0.3) continue; // lost: the spaces around it stay
            sb.Append(paragraph, start, i - start + 1);
        }
        return sb.ToString();
    }

    public static IEnumerable<string> Wrap(string paragraph)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineWidth)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    /// <summary>The line cut after every «ر»/«ز» that a «ي» follows inside a word (at most three cuts), its pieces in reverse order.</summary>
    public static string CutAndReverse(string line)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 1; i < line.Length && pieces.Count < 3; i++)
            if (line[i] == 'ي' && line[i - 1] is 'ر' or 'ز' && i >= 2 && char.IsLetter(line[i - 2]))
            {
                pieces.Add(line[start..i]);
                start = i;
            }
        pieces.Add(line[start..]);
        pieces.Reverse();
        return string.Join(' ', pieces);
    }

    private string Kashida(string line)
    {
        var sb = new StringBuilder(line.Length + 16);
        for (var i = 0; i < line.Length; i++)
        {
            sb.Append(line[i]);
            if (i + 1 < line.Length && JoinsLeft(line[i]) && char.IsLetter(line[i + 1]) && _random.NextDouble() < 0.15)
                sb.Append('\u0640', _random.Next(1, 4));
        }
        return sb.ToString();
    }

    private static bool JoinsLeft(char c) => c is >= '\u0626' and <= '\u064A' && !"اأإآدذرزوؤةى".Contains(c, StringComparison.Ordinal);
}
