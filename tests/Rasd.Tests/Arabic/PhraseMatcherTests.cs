using Rasd.Arabic;

namespace Rasd.Tests.Arabic;

public class PhraseMatcherTests
{
    private static readonly PhraseMatcher<string> Names = Build();

    private static PhraseMatcher<string> Build()
    {
        var m = new PhraseMatcher<string>();
        m.Add("خليفة حفتر", "haftar");
        m.Add("حفتر", "haftar");
        m.Add("ليبيا", "libya");
        m.Add("الرئيس", "president");
        m.Add("استقبل", "receive");
        return m;
    }

    private static (string Value, string Proclitics, string Enclitic, int Words)? First(string text, bool enclitics = false)
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(text));
        return Names.Match(tokens, 0, enclitics) is { } m ? (m.Value, m.Proclitics, m.Enclitic, m.End - m.First) : null;
    }

    [Fact]
    public void Proclitics_are_read_off_the_first_word() => Assert.Equal(("haftar", "وب", "", 2), First("وبخليفة حفتر"));

    [Fact]
    public void The_future_prefix_comes_only_before_a_verb_and_like_only_before_the_article()
    {
        var m = new PhraseMatcher<string>();
        m.Add("ليما", "lima");
        m.Add("سول", "seoul");
        m.Add("العادة", "habit");
        m.Add("يلتقي", "meet");
        Tokens_match(m, "سيلتقي", "meet", "س");
        Tokens_match(m, "كالعادة", "habit", "ك");
        Assert.Null(m.Match(Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm("سليما")), 0)); // «intact», not «س» + Lima
        Assert.Null(m.Match(Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm("كسول")), 0)); // «lazy», not «ك» + Seoul
    }

    private static void Tokens_match(PhraseMatcher<string> m, string text, string value, string proclitics)
    {
        var found = m.Match(Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(text)), 0);
        Assert.Equal((value, proclitics), (found?.Value, found?.Proclitics));
    }

    [Fact]
    public void The_longest_phrase_wins() => Assert.Equal(2, First("خليفة حفتر")!.Value.Words);

    [Fact]
    public void A_name_that_starts_with_clitic_letters_stays_whole() => Assert.Equal(("libya", "", "", 1), First("ليبيا"));

    [Fact]
    public void Fused_article_is_restored() => Assert.Equal(("president", "ل", "", 1), First("للرئيس"));

    [Fact]
    public void Enclitics_only_when_asked()
    {
        Assert.Null(First("واستقبله"));
        Assert.Equal(("receive", "و", "ه", 1), First("واستقبله", enclitics: true));
    }

    [Fact]
    public void A_word_ending_in_ta_marbuta_has_no_pronoun_suffix()
    {
        var m = new PhraseMatcher<string>();
        m.Add("زار", "visit");
        Assert.Equal(("visit", "و", "ه"), m.Match(Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm("وزاره")), 0, enclitics: true) is { } a ? (a.Value, a.Proclitics, a.Enclitic) : default);
        Assert.Null(m.Match(Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm("وزارة")), 0, enclitics: true));
    }

    [Fact]
    public void Unknown_stems_are_never_accepted() => Assert.Null(First("بيبيا"));
}
