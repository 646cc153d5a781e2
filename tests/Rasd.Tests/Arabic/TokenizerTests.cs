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

public class TokenizerNumbersAndLinksTests
{
    private static string[] Forms(string raw) => [.. Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(raw)).Select(t => t.Form)];

    [Fact]
    public void Decimals_and_thousands_are_one_number_and_dates_are_not()
    {
        Assert.Equal(["بلغ", "3.5", "و", "25,000,000", "و", "9", ".", "11", ".", "2018", "و", "2018", "/", "11", "/", "09"], Forms("بلغ 3.5 و25,000,000 و9.11.2018 و2018/11/09"));
        var t = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm("٣٫٥ و1,000"));
        Assert.Equal([3.5, null, 1000], t.Select(x => x.NumberValue));
    }

    [Fact]
    public void Links_and_addresses_are_one_token_without_the_sentence_punctuation_after_them()
    {
        var t = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm("راجع https://www.bbc.com/arabic/news-1?x=2. أو info@rasd.org، أو www.example.com"));
        Assert.Equal([TokenKind.Word, TokenKind.Url, TokenKind.Punctuation, TokenKind.Word, TokenKind.Url, TokenKind.Punctuation, TokenKind.Word, TokenKind.Url], t.Select(x => x.Kind));
        Assert.Equal("https://www.bbc.com/arabic/news-1?x=2", t[1].Form);
        Assert.Equal("info@rasd.org", t[4].Form);
    }
}
