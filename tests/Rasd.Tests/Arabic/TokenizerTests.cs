using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Tests.Arabic;

public class TokenizerTests
{
    private static Token[] Tokens(string raw) => Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(raw));

    [Fact]
    public void Words_numbers_latin_and_punctuation_are_told_apart()
    {
        var tokens = Tokens("وصل حفتر (News.ru) في 2018، الساعة");
        Assert.Equal(["وصل", "حفتر", "(", "News", ".", "ru", ")", "في", "2018", ",", "الساعه"], tokens.Select(t => t.Form));
        Assert.Equal(TokenKind.Latin, tokens[3].Kind);
        Assert.Equal(TokenKind.Number, tokens[8].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[9].Kind);
    }

    [Fact]
    public void A_number_glued_to_a_preposition_is_its_own_token()
    {
        const string raw = "الموافق لـ9 مايو";
        var tokens = Tokens(raw);
        Assert.Equal(["الموافق", "ل", "9", "مايو"], tokens.Select(t => t.Form));
        Assert.Equal("لـ", tokens[1].Raw.SliceString(raw));
    }

    [Fact]
    public void Raw_spans_slice_the_original_text()
    {
        const string raw = "المتحدث باسم الكــرملين ديمــتري بيســكوف";
        foreach (var t in Tokens(raw))
            Assert.Equal(t.Form, ArabicNormalizer.Normalize(t.Raw.SliceString(raw)));
    }
}
