using Rasd.Arabic;

namespace Rasd.Tests.Arabic;

public class WordClustersTests
{
    [Fact]
    public void The_embedded_classes_put_capitals_with_capitals_and_verbs_of_saying_together()
    {
        var c = WordClusters.Default;
        Assert.True(c.Count > 50_000, $"{c.Count} words");
        Assert.Equal(c.Of("القاهره"), c.Of("دمشق"));
        Assert.Equal(c.Of("القاهره"), c.Of("بغداد"));
        Assert.Equal(c.Of("القاهره")![..8], c.Of("فرنسا")![..8]); // places, a level up
        Assert.Equal(c.Of("قال")![..8], c.Of("اعلن")![..8]);
        Assert.NotEqual(c.Of("القاهره")![0], c.Of("قال")![0]);
        Assert.Null(c.Of("كلمه_لا_توجد"));
    }

    [Fact]
    public void Words_seen_among_the_same_neighbours_share_a_class_and_the_build_is_deterministic()
    {
        string[] names = ["محمد", "أحمد", "خالد", "عمر"], cities = ["دمشق", "بغداد", "عمان", "تونس"];
        var texts = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            texts.Add($"قال {names[i % 4]} إن الوفد وصل");
            texts.Add($"وصل الوفد إلى {cities[i % 4]} أمس");
        }
        IReadOnlyList<(string Form, string Path, long Count)> Build()
        {
            var builder = new WordClusterBuilder();
            Parallel.ForEach(texts, builder.Add);
            return builder.Build(words: 100, contexts: 20, minCount: 1, depth: 4, seed: 7);
        }
        var classes = Build();
        var path = classes.ToDictionary(c => c.Form, c => c.Path);
        Assert.All(names, n => Assert.Equal(path["محمد"], path[ArabicNormalizer.Normalize(n)]));
        Assert.All(cities, n => Assert.Equal(path["دمشق"], path[ArabicNormalizer.Normalize(n)]));
        Assert.NotEqual(path["محمد"], path["دمشق"]);
        Assert.Equal(classes, Build()); // threads meet the words in another order: the same classes
        var written = new StringWriter();
        WordClusterBuilder.Write(written, classes, "test");
        Assert.Contains("محمد\t" + path["محمد"], written.ToString(), StringComparison.Ordinal);
    }
}
