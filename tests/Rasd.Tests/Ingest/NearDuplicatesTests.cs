using Rasd.Arabic;
using Rasd.Ingest;

namespace Rasd.Tests.Ingest;

public class NearDuplicatesTests
{
    private const string Story = "أعلنت وزارة الدفاع الروسية أن المشير خليفة حفتر وصل إلى موسكو في زيارة رسمية تستغرق ثلاثة أيام، "
        + "يلتقي خلالها وزير الدفاع سيرغي شويغو ومسؤولين في وزارة الخارجية لبحث الأوضاع في ليبيا والتعاون العسكري بين البلدين، "
        + "وقالت مصادر مطلعة إن الزيارة تأتي قبل أيام من مؤتمر دولي حول ليبيا تستضيفه إيطاليا في مدينة باليرمو الشهر الجاري.";

    [Fact]
    public void The_same_story_under_another_headline_in_another_spelling_is_a_near_duplicate()
    {
        var index = new NearDuplicateIndex();
        Assert.Empty(index.Add("a", Fingerprint.Of("حفتر في موسكو\n" + Story)));
        var republished = "المشير حفتر يزور روسيا\n" + Story.Replace("موسكو", "موسكـــو", StringComparison.Ordinal).Replace("أعلنت", "اعلنت", StringComparison.Ordinal);
        var match = Assert.Single(index.Add("b", Fingerprint.Of(republished)));
        Assert.Equal("a", match.Id);
        Assert.True(match.Similarity > 0.7, $"{match.Similarity}");
    }

    [Fact]
    public void A_different_story_on_the_same_topic_is_not()
    {
        var index = new NearDuplicateIndex();
        index.Add("a", Fingerprint.Of(Story));
        var other = "قال المتحدث باسم الكرملين ديمتري بيسكوف إن الرئيس فلاديمير بوتين لن يلتقي المشير خليفة حفتر خلال زيارته الحالية، "
            + "مضيفا أن موسكو تقيم اتصالات مع جميع الأطراف الليبية وتدعو إلى حل سياسي للأزمة عبر الحوار برعاية الأمم المتحدة.";
        Assert.Empty(index.Add("b", Fingerprint.Of(other)));
        Assert.True(Fingerprint.Of(Story).Similarity(Fingerprint.Of(other)) < 0.2);
    }

    [Fact]
    public void Short_texts_and_the_same_id_twice_match_nothing()
    {
        var index = new NearDuplicateIndex();
        Assert.Empty(index.Add("a", Fingerprint.Of("وصل حفتر إلى موسكو")));
        Assert.Empty(index.Add("b", Fingerprint.Of("وصل حفتر إلى موسكو")));
        Assert.Empty(index.Add("c", Fingerprint.Of(Story)));
        Assert.Empty(index.Add("c", Fingerprint.Of(Story)));
    }

    [Fact]
    public void Copies_added_at_the_same_time_are_reported_once()
    {
        // Added from many threads, two copies may each meet the other in some band: still one pair.
        var index = new NearDuplicateIndex();
        var fingerprint = Fingerprint.Of(Story);
        var found = new System.Collections.Concurrent.ConcurrentBag<(string, string)>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var id = $"{i / 2}-{i % 2}";
            foreach (var (other, _) in index.Add(id, fingerprint))
                if (other.Split('-')[0] == id.Split('-')[0]) found.Add(string.CompareOrdinal(id, other) < 0 ? (id, other) : (other, id));
        });
        var pairs = found.GroupBy(p => p).ToList();
        Assert.Equal(200, pairs.Count);
        Assert.All(pairs, g => Assert.Single(g));
    }
}
