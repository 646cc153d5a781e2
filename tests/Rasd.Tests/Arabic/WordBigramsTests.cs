using Rasd.Arabic;

namespace Rasd.Tests.Arabic;

public class WordBigramsTests
{
    [Fact]
    public void The_embedded_model_knows_the_pairs_of_news_and_sentence_starts()
    {
        var m = WordBigrams.Default;
        Assert.True(m.PairLog("وزير", "الخارجيه") > 8, "وزير الخارجية is a frequent pair");
        Assert.Equal(0, m.PairLog("الخارجيه", "وزير_غير_موجود"));
        Assert.True(m.LogProbability(WordBigrams.SentenceStart, "وقال") > m.LogProbability(WordBigrams.SentenceStart, "يارة"));
        Assert.True(m.LogProbability("وزير", "الخارجيه") > m.LogProbability("الخارجيه", "وزير"));
    }

    [Fact]
    public void A_model_built_from_texts_reads_back_with_their_counts()
    {
        var builder = new WordBigrams.Builder(bits: 12);
        for (var i = 0; i < 10; i++) builder.Add("وصل الوزير إلى موسكو. وصل الوفد.");
        using var stream = new MemoryStream();
        builder.Write(stream, minCount: 2);
        stream.Position = 0;
        var model = WordBigrams.Load(stream);
        Assert.Equal(12, model.Bits);
        Assert.Equal(Math.Log2(11), model.PairLog("الوزير", "الي"), 1);
        Assert.Equal(Math.Log2(21), model.PairLog(WordBigrams.SentenceStart, "وصل"), 1);
        Assert.Equal(0, model.PairLog("موسكو", "وصل")); // a full stop breaks the pair
        Assert.Equal(60, builder.WordCount);
    }

    [Fact]
    public void A_file_that_is_no_model_is_refused()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
            gzip.Write("not a model at all"u8);
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => WordBigrams.Load(stream));
    }
}
