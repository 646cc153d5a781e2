namespace Rasd.Core.Pipeline;

/// <summary>
/// One named step of the analysis. A stage declares the annotations it needs and the ones it
/// assigns, so the pipeline can check that every need is met by an earlier stage.
/// </summary>
public interface IAnalysisStage
{
    string Name { get; }

    IReadOnlyList<string> Requires { get; }

    IReadOnlyList<string> Assigns { get; }

    void Run(AnalyzedDocument document);
}

/// <summary>The names of the annotations stages pass along.</summary>
public static class Annotation
{
    public const string Normalized = "normalized";
    public const string Tokens = "tokens";
    public const string Sentences = "sentences";
    public const string TimeExpressions = "time-expressions";
    public const string Published = "published";
    public const string ResolvedTimes = "resolved-times";
    public const string Mentions = "mentions";
    public const string EventMentions = "event-mentions";
}
