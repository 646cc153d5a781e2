using Rasd.Core.Model;

namespace Rasd.Tests.Analysis;

public class MentionTests
{
    private static IReadOnlyList<Mention> Mentions(string text) => TestSupport.Analyze(text).Mentions;

    [Fact]
    public void Known_names_are_found_in_every_spelling_without_their_clitics()
    {
        const string text = "لن يلتقي بوتين بخليفة حفتر ولا بشويجو، وقال الفاغنر لموسكو.";
        var m = Mentions(text);
        Assert.Equal(["بوتين", "خليفة حفتر", "شويجو", "الفاغنر", "موسكو"], m.Select(x => x.Text));
        Assert.Equal(["kb:vladimir-putin", "kb:khalifa-haftar", "kb:sergei-shoigu", "kb:wagner-group", "kb:moscow"], m.Select(x => x.Key));
        Assert.All(m, x => Assert.Equal(x.Text, x.Raw.SliceString(text)));
    }

    [Fact]
    public void A_title_before_a_name_becomes_its_role()
    {
        var m = Mentions("التقى وزير الدفاع الروسي سيرغي شويغو والمتحدث باسم الكرملين ديمتري بيسكوف.");
        Assert.Equal(["وزير الدفاع الروسي", "المتحدث باسم الكرملين"], m.Where(x => x.Type == EntityType.PER).Select(x => x.Title));
    }

    [Fact]
    public void A_chain_of_titles_and_a_comma_still_reach_the_name()
    {
        var m = Assert.Single(Mentions("كان في استقباله نائب وزير الدفاع الروسي، الفريق أول يونس بك يفكيروف"));
        Assert.Equal("kb:yunus-bek-yevkurov", m.Key);
        Assert.StartsWith("نائب وزير الدفاع الروسي", m.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_person_after_a_rank_is_a_mention()
    {
        var m = Assert.Single(Mentions("قال العقيد عادل عبد الكافي، في تصريح"));
        Assert.Equal(("عادل عبد الكافي", EntityType.PER, "العقيد"), (m.Text, m.Type, m.Title));
    }

    [Fact]
    public void A_name_goes_on_after_a_joining_particle()
    {
        var m = Assert.Single(Mentions("التقى ولي العهد السعودي، وزير الدفاع الأمير محمد بن سلمان في جدة"));
        Assert.Equal("محمد بن سلمان", m.Text);
    }

    [Theory]
    [InlineData("وصل قائد قوات الشرق الليبي")]
    [InlineData("بنائب رئيس الوزراء ووزير خارجية دولة الكويت")]
    [InlineData("لا تعتبر قائد الجيش الوطني الليبي اللاعب الرئيسي")]
    [InlineData("يؤكد الخبير سيمينوف قائلاً، إن")]
    public void Common_words_after_a_title_are_not_names(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Key.StartsWith("per:", StringComparison.Ordinal));

    [Fact]
    public void A_rank_written_alone_is_the_person_last_named_with_it()
    {
        var doc = TestSupport.Analyze("وصل اللواء الليبي المتقاعد خليفة حفتر إلى موسكو.\nوكان قد زار اللواء المتقاعد القاهرة قبل ذلك.");
        var haftar = doc.Mentions.Where(m => m.Key == "kb:khalifa-haftar").ToList();
        Assert.Equal(2, haftar.Count);
        Assert.Equal("اللواء الليبي المتقاعد", haftar[0].Title);
        Assert.Equal("اللواء المتقاعد", haftar[1].Text);
    }

    [Fact]
    public void A_rank_alone_with_no_one_named_before_is_no_mention() =>
        Assert.DoesNotContain(TestSupport.Analyze("وقال اللواء إن القوات تقدمت.").Mentions, m => m.Type == Rasd.Core.Model.EntityType.PER);
}
