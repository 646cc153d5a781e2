using Rasd.Arabic;
using Rasd.Core.Model;

namespace Rasd.Tests.Arabic;

public class CliticSegmenterTests
{
    private static Token Word(string text) => Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(text)).Single();

    [Theory]
    [InlineData("وبحسب", "و+ب+حسب")]
    [InlineData("والخارجية", "و+ال+خارجيه")]
    [InlineData("لحفتر", "ل+حفتر")]
    [InlineData("للاتفاق", "ل+ال+اتفاق")]
    [InlineData("لليبيا", "ل+ليبيا")]
    [InlineData("بالاتفاق", "ب+ال+اتفاق")]
    [InlineData("ستظل", "س+تظل")]
    [InlineData("وقال", "و+قال")]
    [InlineData("زيارته", "زياره+ه")]
    [InlineData("استقبله", "استقبل+ه")]
    [InlineData("قواتها", "قوات+ها")]
    [InlineData("لهم", "ل+هم")]
    [InlineData("الاجتماعي", "ال+اجتماعي")]
    public void Clitics_are_read_off_when_the_lexicon_knows_the_stem(string word, string expected) =>
        Assert.Equal(expected, Word(word).Segmented);

    [Theory]
    [InlineData("ليبيا")]
    [InlineData("بوتين")]
    [InlineData("وزير")]
    [InlineData("فاغنر")]
    [InlineData("بنغازي")]
    [InlineData("كييف")]
    [InlineData("فقط")]
    [InlineData("وزارة")] // ends in ta marbuta: no pronoun, and not و + زار + ه
    [InlineData("ألف")] // a hamza, not the article
    [InlineData("إلى")]
    public void Words_that_only_look_like_clitic_chains_stay_whole(string word)
    {
        var token = Word(word);
        Assert.Equal((0, ""), (token.Proclitics.Count, token.Enclitic));
        Assert.Equal(token.Form, token.Stem);
    }

    [Fact]
    public void The_madda_of_alaf_is_not_an_article_but_the_article_before_it_is() =>
        Assert.Equal("ال+الاف", Word("الآلاف").Segmented);

    [Fact]
    public void A_stem_carries_its_raw_span_through_kashida()
    {
        const string raw = "وبحســب";
        var token = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(raw)).Single();
        Assert.Equal(("و+ب+حسب", raw), (token.Segmented, token.Raw.SliceString(raw)));
    }
}
