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
    public void A_pair_never_reads_as_likelier_than_its_words_allow()
    {
        // 2^8 buckets filled by 400 frequent words: nearly every pair lands in a bucket some frequent word holds.
        const string letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        var words = Enumerable.Range(0, 400).Select(i => $"{letters[i % 28]}{letters[i / 28 % 28]}{letters[(i * 7) % 28]}").ToList();
        var builder = new WordBigrams.Builder(bits: 8);
        for (var i = 0; i < 20; i++) builder.Add(string.Join(". ", words));
        builder.Add("حفتر وصل");
        using var stream = new MemoryStream();
        builder.Write(stream, minCount: 1);
        stream.Position = 0;
        var model = WordBigrams.Load(stream);
        // A pair is never counted more often than either of its words; buckets that say otherwise hold collisions.
        double Count(double log2) => Math.Pow(2, log2) - 1;
        var collided = 0;
        foreach (var word in words.Take(100))
        {
            var bound = Math.Min(Count(model.WordLog("وصل")), Count(model.WordLog(word)));
            if (Count(model.PairLog("وصل", word)) > bound) collided++;
            var unigram = Math.Pow(2, model.LogProbability(null, word));
            Assert.True(model.LogProbability("وصل", word) <= Math.Log2((bound + 200 * unigram) / (Count(model.WordLog("وصل")) + 200)) + 1e-9, word);
        }
        Assert.True(collided > 0, "the table should be crowded enough for collisions");
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
