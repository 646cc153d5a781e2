using Rasd.Analysis;
using Rasd.Analysis.Stages;
using Rasd.Core.Pipeline;

namespace Rasd.Tests.Pipeline;

public class PipelineTests
{
    [Fact]
    public void The_default_stages_are_ordered_by_what_they_need() =>
        Assert.Equal(["normalize", "tokenize", "sentences", "time-expressions", "publication-date", "resolve-times", "mentions", "event-mentions"],
            RasdPipeline.Default.Stages.Select(s => s.Name));

    [Fact]
    public void A_stage_placed_before_what_it_needs_is_refused()
    {
        var builder = new AnalysisPipeline.Builder().Add(DefaultStages.Tokenize()).Add(DefaultStages.Normalize());
        var e = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("normalized", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_stages_with_one_name_are_refused() =>
        Assert.Throws<InvalidOperationException>(new AnalysisPipeline.Builder().Add(DefaultStages.Normalize()).Add(DefaultStages.Normalize()).Build);

    [Fact]
    public void A_stage_can_be_replaced_in_place()
    {
        var ran = false;
        var pipeline = RasdPipeline.CreateBuilder()
            .Replace(new Stage("mentions", [Annotation.Tokens], [Annotation.Mentions], d => { ran = true; d.Mentions = []; }))
            .Build();
        var doc = pipeline.Run(new Rasd.Core.Model.Document("x", "x", "التقى حفتر مع بوتين."));
        Assert.True(ran);
        Assert.Empty(doc.EventMentions);
    }
}
