using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Rasd.Search;

/// <summary>
/// Lucene's view of <see cref="SearchTerms"/>: what a query (or any text given to Lucene) is
/// searched by. Documents are indexed from the tokens their analysis already made, through the
/// same <see cref="SearchTerms"/>, so both sides agree term for term.
/// </summary>
public sealed class RasdAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => new(new RasdTokenizer(reader));

    private sealed class RasdTokenizer : Tokenizer
    {
        private readonly TermStream _terms;

        public RasdTokenizer(TextReader input) : base(input) => _terms = new TermStream(this);

        public override bool IncrementToken() => _terms.Next(this);

        public override void Reset()
        {
            base.Reset();
            _terms.Load(SearchTerms.Of(m_input.ReadToEnd()));
        }

        public override void End()
        {
            base.End();
            _terms.End();
        }
    }
}

/// <summary>Index-time terms made beforehand (from a document's tokens), handed to Lucene as a stream.</summary>
public sealed class PreAnalyzedStream : TokenStream
{
    private readonly TermStream _terms;
    private readonly List<SearchTerm> _list;

    public PreAnalyzedStream(List<SearchTerm> terms)
    {
        _list = terms;
        _terms = new TermStream(this);
    }

    public override bool IncrementToken() => _terms.Next(this);

    public override void Reset()
    {
        base.Reset();
        _terms.Load(_list);
    }

    public override void End()
    {
        base.End();
        _terms.End();
    }
}

/// <summary>The attributes both streams fill, term by term.</summary>
internal sealed class TermStream
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _step;
    private List<SearchTerm> _terms = [];
    private int _next;

    public TermStream(TokenStream owner)
    {
        _term = owner.AddAttribute<ICharTermAttribute>();
        _offset = owner.AddAttribute<IOffsetAttribute>();
        _step = owner.AddAttribute<IPositionIncrementAttribute>();
    }

    public void Load(List<SearchTerm> terms)
    {
        _terms = terms;
        _next = 0;
    }

    public bool Next(TokenStream owner)
    {
        owner.ClearAttributes();
        if (_next >= _terms.Count) return false;
        var t = _terms[_next++];
        _term.SetEmpty().Append(t.Text);
        _offset.SetOffset(t.Raw.Start, t.Raw.End);
        _step.PositionIncrement = _next == 1 ? Math.Max(1, t.Step) : t.Step;
        return true;
    }

    public void End()
    {
        var last = _terms.Count == 0 ? 0 : _terms[^1].Raw.End;
        _offset.SetOffset(last, last);
    }
}
