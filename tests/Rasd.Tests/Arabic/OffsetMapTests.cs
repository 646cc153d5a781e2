using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Tests.Arabic;

/// <summary>Every token of real text maps back, through the offset map, to exactly the raw characters it came from.</summary>
public class OffsetMapTests
{
    private static void AssertTokensMapBack(string id, string raw)
    {
        var normalized = ArabicNormalizer.ToMatchForm(raw);
        var previousEnd = 0;
        foreach (var token in Tokenizer.Tokenize(normalized))
        {
            var slice = token.Raw.SliceString(raw);
            if (ArabicNormalizer.Normalize(slice) != token.Form)
                Assert.Fail($"{id}: token «{token.Form}» at {token.Raw} maps back to «{slice}»");
            Assert.True(token.Raw.Start >= previousEnd, $"{id}: token «{token.Form}» overlaps the one before it");
            Assert.False(char.IsWhiteSpace(slice[0]) || char.IsWhiteSpace(slice[^1]), $"{id}: token «{slice}» includes whitespace");
            previousEnd = token.Raw.End;
        }
        // The display form: every character comes from the raw characters its map points at.
        var display = ArabicNormalizer.ToDisplayForm(raw);
        for (var i = 0; i < display.Text.Length; i++)
        {
            var from = display.ToRaw(new Rasd.Core.Text.TextSpan(i, i + 1)).SliceString(raw);
            var ok = display.Text[i] == ' ' ? from.All(c => char.IsWhiteSpace(c) || ArabicNormalizer.IsTatweel(c) || ArabicNormalizer.IsFormatControl(c))
                : from.Contains(display.Text[i], StringComparison.Ordinal) || from.Normalize(System.Text.NormalizationForm.FormKC).Contains(display.Text[i], StringComparison.Ordinal);
            if (!ok) Assert.Fail($"{id}: display character «{display.Text[i]}» at {i} maps back to «{from}»");
        }
    }

    [Fact]
    public void Every_seed() 
    {
        foreach (var file in Directory.EnumerateFiles(TestSupport.Seeds))
            AssertTokensMapBack(Path.GetFileName(file), File.ReadAllText(file));
    }

    [Fact]
    public void A_thousand_corpus_articles()
    {
        var articles = TestSupport.CorpusArticles(1000);
        Assert.Equal(1000, articles.Count);
        foreach (var a in articles) AssertTokensMapBack(a.Id ?? "?", a.Title + "\n" + a.Text);
    }
}
