using System.Text.Json;
using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Tests.Arabic;

/// <summary>
/// The golden spec files of tests/Rasd.Tests/Specs: hand-checked inputs (mostly real corpus
/// sentences) and what the text layer must make of them. A case the layer does not handle yet stays
/// in its file with an "unsupported" reason (and is left out of the run), never deleted or edited to pass.
/// </summary>
public class GoldenSpecTests
{
    private static readonly string SpecDir = Path.Combine(TestSupport.RepoRoot, "tests", "Rasd.Tests", "Specs");

    public static TheoryData<string, int> Cases(string file)
    {
        var data = new TheoryData<string, int>();
        var path = Path.Combine(SpecDir, file);
        if (!File.Exists(path)) return data;
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        for (var i = 0; i < json.RootElement.GetArrayLength(); i++)
            if (!json.RootElement[i].TryGetProperty("unsupported", out _)) data.Add(file, i);
        return data;
    }

    private static readonly string[] Files = ["tokens.spec.json", "sentences.spec.json", "normalization.spec.json", "numbers.spec.json", "calendar.spec.json"];

    [Fact]
    public void The_specs_hold_at_least_300_cases_mostly_from_the_corpus_and_every_unsupported_one_says_why()
    {
        var all = Files.SelectMany(f => JsonDocument.Parse(File.ReadAllText(Path.Combine(SpecDir, f))).RootElement.EnumerateArray()).ToList();
        Assert.True(all.Count >= 300, $"{all.Count} cases");
        Assert.True(all.Count(c => c.GetProperty("source").GetString()!.StartsWith("corpus:", StringComparison.Ordinal)) * 2 > all.Count);
        Assert.All(all.Where(c => c.TryGetProperty("unsupported", out _)), c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("unsupported").GetString())));
    }

    public static TheoryData<string, int> TokenCases => Cases("tokens.spec.json");
    public static TheoryData<string, int> SentenceCases => Cases("sentences.spec.json");
    public static TheoryData<string, int> NormalizationCases => Cases("normalization.spec.json");
    public static TheoryData<string, int> NumberCases => Cases("numbers.spec.json");
    public static TheoryData<string, int> CalendarCases => Cases("calendar.spec.json");

    private static JsonElement Case(string file, int index)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SpecDir, file)));
        return json.RootElement[index].Clone();
    }

    private static void Run(string file, int index, Action<JsonElement, string> check)
    {
        var c = Case(file, index);
        check(c, c.GetProperty("input").GetString()!);
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Theory]
    [MemberData(nameof(TokenCases))]
    public void Tokens(string file, int index) => Run(file, index, (c, input) =>
    {
        var expected = Strings(c.GetProperty("tokens")).Select(ArabicNormalizer.Normalize).ToArray();
        var actual = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(input)).Select(t => t.Kind == TokenKind.Word ? t.Segmented : t.Form).ToArray();
        Assert.Equal(expected, actual);
    });

    [Theory]
    [MemberData(nameof(SentenceCases))]
    public void Sentences(string file, int index) => Run(file, index, (c, input) =>
    {
        var n = ArabicNormalizer.ToMatchForm(input);
        var actual = SentenceSplitter.Split(n, Tokenizer.Tokenize(n)).Select(s => s.Raw.SliceString(input).Trim()).ToArray();
        Assert.Equal(Strings(c.GetProperty("sentences")), actual);
    });

    [Theory]
    [MemberData(nameof(NormalizationCases))]
    public void Normalization(string file, int index) => Run(file, index, (c, input) =>
    {
        Assert.Equal(c.GetProperty("match").GetString(), ArabicNormalizer.ToMatchForm(input).Text);
        Assert.Equal(c.GetProperty("display").GetString(), ArabicNormalizer.ToDisplayForm(input).Text);
    });

    [Theory]
    [MemberData(nameof(NumberCases))]
    public void Numbers(string file, int index) => Run(file, index, (c, input) =>
    {
        var expected = c.GetProperty("numbers").EnumerateArray()
            .Select(e => $"{e.GetProperty("text").GetString()}={e.GetProperty("value").GetDouble()}:{e.GetProperty("kind").GetString()}").ToArray();
        var n = ArabicNormalizer.ToMatchForm(input);
        var actual = NumberRecognizer.Default.Find(n, Tokenizer.Tokenize(n)).Select(x => $"{x.Text}={x.Value}:{x.Kind.ToString().ToLowerInvariant()}").ToArray();
        Assert.Equal(expected, actual);
    });

    [Theory]
    [MemberData(nameof(CalendarCases))]
    public void Calendar(string file, int index) => Run(file, index, (c, input) =>
    {
        var expected = c.GetProperty("dates").EnumerateArray()
            .Select(e => $"{e.GetProperty("text").GetString()}={e.GetProperty("kind").GetString()}:{e.GetProperty("value").GetInt32()}").ToArray();
        var n = ArabicNormalizer.ToMatchForm(input);
        var tokens = Tokenizer.Tokenize(n);
        var actual = ArabicCalendar.Default.FindNames(tokens).Select(x =>
        {
            var start = tokens[x.First].Span.Start + x.CutAt;
            var raw = new Rasd.Core.Text.TextSpan(n.ToRaw(new Rasd.Core.Text.TextSpan(start, start + 1)).Start, tokens[x.End - 1].Raw.End);
            var kind = x.Kind switch { ArabicCalendar.NameKind.Month => "month", ArabicCalendar.NameKind.Weekday => "weekday", _ => "hijri-month" };
            return $"{raw.SliceString(input)}={kind}:{x.Value}";
        }).ToArray();
        Assert.Equal(expected, actual);
    });
}
