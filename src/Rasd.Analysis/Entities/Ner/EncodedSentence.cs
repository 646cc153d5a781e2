namespace Rasd.Analysis.Entities.Ner;

/// <summary>
/// A sentence as rows of the weight table: the feature rows of token i are
/// <c>Rows[Starts[i]..Starts[i + 1]]</c>; <c>PairRows[i * (T + 1) + p]</c> is the row of the
/// tag-bigram-with-word feature after tag p (p = T: the sentence's start). Buffers grow and are
/// reused, so tagging sentence after sentence allocates nothing.
/// </summary>
internal sealed class EncodedSentence
{
    public int Length;
    public bool HasPairs;
    public int[] Rows = [];
    public int[] Starts = [];
    public int[] PairRows = [];
    public GazetteerKind[] GazetteerBegin = [];
    public GazetteerKind[] GazetteerInside = [];
    public GazetteerKind[] GazetteerEnd = [];

    public void Ensure(int tokens, int tagCount)
    {
        if (Starts.Length < tokens + 1)
        {
            var size = Math.Max(tokens + 1, Starts.Length * 2);
            Starts = new int[size];
            GazetteerBegin = new GazetteerKind[size];
            GazetteerInside = new GazetteerKind[size];
            GazetteerEnd = new GazetteerKind[size];
        }
        if (Rows.Length < tokens * NerFeatures.MaxPerToken) Rows = new int[Math.Max(tokens * NerFeatures.MaxPerToken, Rows.Length * 2)];
        if (PairRows.Length < tokens * (tagCount + 1)) PairRows = new int[Math.Max(tokens * (tagCount + 1), PairRows.Length * 2)];
    }

    /// <summary>A copy that keeps only what is used (training keeps every sentence encoded).</summary>
    public EncodedSentence Compact(int tagCount) => new()
    {
        Length = Length,
        HasPairs = HasPairs,
        Rows = Rows[..Starts[Length]],
        Starts = Starts[..(Length + 1)],
        PairRows = HasPairs ? PairRows[..(Length * (tagCount + 1))] : [],
    };
}
