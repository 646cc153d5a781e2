namespace Rasd.Core.Text;

/// <summary>
/// A text derived from a raw text by deleting, folding or expanding characters, with a map from
/// every derived character back to the raw character(s) it came from, so a span found in the
/// derived text always points at the original words.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _rawStart;
    private readonly int[] _rawEnd;

    public NormalizedText(string text, int[] rawStart, int[] rawEnd, string raw)
    {
        if (rawStart.Length != text.Length || rawEnd.Length != text.Length)
            throw new ArgumentException("The offset map must have one entry per character.");
        Text = text;
        _rawStart = rawStart;
        _rawEnd = rawEnd;
        Raw = raw;
    }

    public string Text { get; }

    /// <summary>The raw text this was derived from.</summary>
    public string Raw { get; }

    public int RawLength => Raw.Length;

    /// <summary>The raw span that produced the derived span: from the first character's origin to the last one's end.</summary>
    public TextSpan ToRaw(TextSpan span)
    {
        if (span.IsEmpty)
        {
            var at = span.Start < _rawStart.Length ? _rawStart[span.Start] : RawLength;
            return new TextSpan(at, at);
        }
        return new TextSpan(_rawStart[span.Start], _rawEnd[span.End - 1]);
    }
}
