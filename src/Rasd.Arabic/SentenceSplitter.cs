using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Arabic;

/// <summary>
/// Sentences end at . ! ? ؟ (after folding) and at line breaks, which end headlines and date
/// lines that carry no full stop — unless the line is a long one that a text merely wraps onto the
/// next. A full stop after a single letter is an abbreviation (د. م. ص.), and one between digits is
/// a decimal point or a date's separator.
/// </summary>
public static class SentenceSplitter
{
    private const int MinWrappedLineWords = 8;
    private const int MinContinuationWords = 4;

    public static Sentence[] Split(NormalizedText normalized, IReadOnlyList<Token> tokens)
    {
        var text = normalized.Text;
        var sentences = new List<Sentence>();
        var first = 0;
        var lineStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var endsHere = IsTerminal(tokens, i, text);
            if (endsHere)
            {
                // Closing quotes and brackets stay with the sentence they close.
                while (i + 1 < tokens.Count && tokens[i + 1].Form is "\"" or ")" or "'" && !LineBreakBetween(text, tokens[i], tokens[i + 1])) i++;
            }
            var lineBreak = i + 1 < tokens.Count && LineBreakBetween(text, tokens[i], tokens[i + 1]);
            if (lineBreak && !endsHere && IsWrapped(text, tokens, lineStart, i))
            {
                lineStart = i + 1;
                continue;
            }
            if (lineBreak) lineStart = i + 1;
            if (endsHere || lineBreak || i == tokens.Count - 1)
            {
                sentences.Add(new Sentence(first, i + 1, new TextSpan(tokens[first].Raw.Start, tokens[i].Raw.End)));
                first = i + 1;
            }
        }
        return [.. sentences];
    }

    /// <summary>
    /// A line <c>[lineStart, last]</c> wraps onto the next when it is long, is not the text's first
    /// line (a headline), and is followed, without a blank line, by a line that goes on for a while.
    /// </summary>
    private static bool IsWrapped(string text, IReadOnlyList<Token> tokens, int lineStart, int last)
    {
        if (lineStart == 0 || Words(tokens, lineStart, last + 1) < MinWrappedLineWords) return false;
        var gap = text.AsSpan(tokens[last].Span.End, tokens[last + 1].Span.Start - tokens[last].Span.End);
        if (gap.IndexOf('\n') != gap.LastIndexOf('\n')) return false; // a blank line ends a paragraph
        var next = last + 1;
        while (next + 1 < tokens.Count && !LineBreakBetween(text, tokens[next], tokens[next + 1])) next++;
        return Words(tokens, last + 1, next + 1) >= MinContinuationWords;
    }

    private static int Words(IReadOnlyList<Token> tokens, int from, int end)
    {
        var n = 0;
        for (var i = from; i < end; i++) if (tokens[i].IsWord) n++;
        return n;
    }

    private static bool IsTerminal(IReadOnlyList<Token> tokens, int i, string text)
    {
        var form = tokens[i].Form;
        if (form is "!" or "?") return true;
        if (form != ".") return false;
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Form.Length == 1 && Adjacent(tokens[i - 1], tokens[i]))
            return false; // abbreviation such as «د.»
        if (i > 0 && i + 1 < tokens.Count && tokens[i - 1].Kind == TokenKind.Number && tokens[i + 1].Kind == TokenKind.Number
            && Adjacent(tokens[i - 1], tokens[i]) && Adjacent(tokens[i], tokens[i + 1]))
            return false; // 3.5 or 9.11.2018
        if (i + 1 < tokens.Count && tokens[i + 1].Form == "." ) return false; // an ellipsis ends at its last dot
        return true;
    }

    private static bool Adjacent(Token a, Token b) => a.Span.End == b.Span.Start;

    private static bool LineBreakBetween(string text, Token a, Token b) =>
        text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).Contains('\n');
}
