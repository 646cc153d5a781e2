using Rasd.Analysis.Entities;
using Rasd.Analysis.Entities.Ner;
using Rasd.Analysis.Events;
using Rasd.Analysis.Stages;
using Rasd.Arabic;
using Rasd.Core.Pipeline;

namespace Rasd.Analysis;

/// <summary>The default analysis: normalize → tokens → sentences → times → publication date → resolved times → names → events.</summary>
public static class RasdPipeline
{
    public static AnalysisPipeline.Builder CreateBuilder()
    {
        var calendar = ArabicCalendar.Default;
        var kb = KnowledgeBase.Default;
        return new AnalysisPipeline.Builder()
            .Add(DefaultStages.Normalize())
            .Add(DefaultStages.Tokenize())
            .Add(DefaultStages.Sentences())
            .Add(DefaultStages.RecognizeTimes(calendar))
            .Add(DefaultStages.PublicationDate(calendar))
            .Add(DefaultStages.ResolveTimes())
            .Add(DefaultStages.Mentions(kb, NamedEntityRecognizer.Default))
            .Add(DefaultStages.EventMentions(EventLexicon.Default, kb));
    }

    public static AnalysisPipeline Default { get; } = CreateBuilder().Build();
}
