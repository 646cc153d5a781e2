using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Core.Pipeline;

/// <summary>
/// A document and everything the analysis stages found in it. Each stage reads what earlier stages
/// assigned and assigns its own part; nothing here is filled in by more than one stage.
/// </summary>
public sealed class AnalyzedDocument(Document document)
{
    public Document Document { get; } = document;

    public string Raw => Document.RawText;

    /// <summary>The match form of the raw text, with its map back to raw offsets.</summary>
    public NormalizedText? Normalized { get; set; }

    public IReadOnlyList<Token> Tokens { get; set; } = [];

    public IReadOnlyList<Sentence> Sentences { get; set; } = [];

    public IReadOnlyList<TimeExpression> TimeExpressions { get; set; } = [];

    public PublishedDate Published { get; set; } = PublishedDate.Unknown;

    public IReadOnlyList<Mention> Mentions { get; set; } = [];

    public IReadOnlyList<EventMention> EventMentions { get; set; } = [];

    public NormalizedText RequireNormalized() =>
        Normalized ?? throw new InvalidOperationException("The text has not been normalized yet.");

    /// <summary>The index of the sentence holding token <paramref name="token"/>.</summary>
    public int SentenceOf(int token)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (token < s.FirstToken) hi = mid - 1;
            else if (token >= s.EndToken) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The raw span covering tokens <c>[first, end)</c>.</summary>
    public TextSpan RawSpan(int first, int end) => new(Tokens[first].Raw.Start, Tokens[end - 1].Raw.End);
}
