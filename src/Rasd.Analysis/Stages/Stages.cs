using Rasd.Analysis.Entities;
using Rasd.Analysis.Entities.Ner;
using Rasd.Analysis.Events;
using Rasd.Analysis.Time;
using Rasd.Arabic;
using Rasd.Core.Pipeline;

namespace Rasd.Analysis.Stages;

/// <summary>A stage from a name, its contracts and a function: most stages are one call.</summary>
public sealed class Stage(string name, string[] requires, string[] assigns, Action<AnalyzedDocument> run) : IAnalysisStage
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Requires { get; } = requires;

    public IReadOnlyList<string> Assigns { get; } = assigns;

    public void Run(AnalyzedDocument document) => run(document);

    public override string ToString() => Name;
}

/// <summary>The stages of the default analysis, in order.</summary>
public static class DefaultStages
{
    public static IAnalysisStage Normalize() =>
        new Stage("normalize", [], [Annotation.Normalized], d => d.Normalized = ArabicNormalizer.ToMatchForm(d.Raw));

    public static IAnalysisStage Tokenize() =>
        new Stage("tokenize", [Annotation.Normalized], [Annotation.Tokens], d => d.Tokens = Tokenizer.Tokenize(d.RequireNormalized()));

    public static IAnalysisStage Sentences() =>
        new Stage("sentences", [Annotation.Tokens], [Annotation.Sentences], d => d.Sentences = SentenceSplitter.Split(d.RequireNormalized(), d.Tokens));

    public static IAnalysisStage RecognizeTimes(ArabicCalendar calendar)
    {
        var recognizer = new TimeRecognizer(calendar);
        return new Stage("time-expressions", [Annotation.Tokens], [Annotation.TimeExpressions], d => d.TimeExpressions = recognizer.Recognize(d));
    }

    /// <summary>
    /// Metadata wins (a day off when the text's weekday says so); otherwise the date written in the
    /// header or footer; otherwise one inferred from the text.
    /// </summary>
    public static IAnalysisStage PublicationDate(ArabicCalendar calendar)
    {
        var finder = new PublicationDateFinder(calendar);
        return new Stage("publication-date", [Annotation.TimeExpressions], [Annotation.Published],
            d => d.Published = d.Document.Published.Date is not null ? PublicationDateInference.Reconcile(d.Document.Published, d)
                : finder.Find(d) is { Date: not null } written ? written
                : PublicationDateInference.Infer(d));
    }

    /// <summary>
    /// Resolves every time expression in reading order, each year-less date against the publication
    /// date or, without one, the latest full day written before it (not a year named in passing).
    /// </summary>
    public static IAnalysisStage ResolveTimes() =>
        new Stage("resolve-times", [Annotation.TimeExpressions, Annotation.Published], [Annotation.ResolvedTimes], d =>
        {
            var publication = d.Published.Date is { Precision: Core.Model.DatePrecision.Day } p ? p.Start : (DateOnly?)null;
            Core.Model.DateValue? context = null, latest = null;
            var resolved = new List<Core.Model.TimeExpression>(d.TimeExpressions.Count);
            foreach (var e in d.TimeExpressions)
            {
                var r = TimeResolver.Resolve(e, publication, context, inferred: d.Published.How == Core.Model.DateSource.Inferred, latest);
                if (e.Parts.IsAbsolute && r.Value is { Precision: Core.Model.DatePrecision.Day }) context = r.Value;
                if (r.Value is { Precision: Core.Model.DatePrecision.Day or Core.Model.DatePrecision.Month } v) latest = v;
                resolved.Add(r);
            }
            d.TimeExpressions = resolved;
        });

    /// <summary>Names from the knowledge base and titles, and — given a statistical recognizer — the names it tags that those miss.</summary>
    public static IAnalysisStage Mentions(KnowledgeBase kb, NamedEntityRecognizer? names = null)
    {
        var recognizer = new MentionRecognizer(kb, names);
        return new Stage("mentions", [Annotation.Tokens, Annotation.Sentences], [Annotation.Mentions], d => d.Mentions = recognizer.Recognize(d));
    }

    public static IAnalysisStage EventMentions(EventLexicon lexicon, KnowledgeBase kb)
    {
        var recognizer = new EventMentionRecognizer(lexicon, kb);
        return new Stage("event-mentions", [Annotation.Sentences, Annotation.Mentions, Annotation.ResolvedTimes], [Annotation.EventMentions],
            d => d.EventMentions = recognizer.Recognize(d));
    }
}
