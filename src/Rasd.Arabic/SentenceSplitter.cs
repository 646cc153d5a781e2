using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Arabic;

/// <summary>
/// Sentences end at . ! ? ؟ (after folding; a run such as «؟!» ends at its last mark) and at line
/// breaks, which end headlines and date lines that carry no full stop — unless the line is a long
/// one that a text merely wraps onto the next, or ends in a comma or a word that cannot end a
/// sentence (<c>line-continuers.tsv</c>: في، من، و …). A full stop after a single letter is an
/// abbreviation (د. م. ص.) unless the letter is an era mark glued to a year (1938م.), and one
/// between digits is a decimal point or a date's separator.
/// </summary>
public static class SentenceSplitter
{
    private const int MinWrappedLineWords = 8;
    private const int MinContinuationWords = 4;

    private static readonly System.Collections.Frozen.FrozenSet<string> Continuers =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(LanguageData.Read("ar/line-continuers.tsv").Select(r => ArabicNormalizer.Normalize(r["form"])), StringComparer.Ordinal);

    public static Sentence[] Split(NormalizedText normalized, IReadOnlyList<Token> tokens)
    {
        var text = normalized.Text;
        var sentences = new List<Sentence>();
        var first = 0;
        var lineStart = 0;
        var paragraphs = IsWrittenInParagraphs(text, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var endsHere = IsTerminal(tokens, i, text);
            if (endsHere)
            {
                // Closing quotes and brackets stay with the sentence they close.
                while (i + 1 < tokens.Count && tokens[i + 1].Form is "\"" or ")" or "'" && !LineBreakBetween(text, tokens[i], tokens[i + 1])) i++;
            }
            var lineBreak = i + 1 < tokens.Count && LineBreakBetween(text, tokens[i], tokens[i + 1]);
            if (lineBreak && !endsHere && IsWrapped(text, tokens, lineStart, Math.Max(lineStart, first), i, paragraphs))
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
    /// A line <c>[lineStart, last]</c> wraps onto the next, without a blank line between, when it ends in
    /// a comma or a word that cannot end a sentence, or when its sentence's part <c>[from, last]</c> is
    /// long, it is not the text's first line (a headline), and the next line goes on for a while — unless
    /// the text is written in paragraphs, where a line break ends what no full stop ended (a digest's items).
    /// </summary>
    private static bool IsWrapped(string text, IReadOnlyList<Token> tokens, int lineStart, int from, int last, bool paragraphs)
    {
        var gap = text.AsSpan(tokens[last].Span.End, tokens[last + 1].Span.Start - tokens[last].Span.End);
        if (gap.IndexOf('\n') != gap.LastIndexOf('\n')) return false; // a blank line ends a paragraph
        if (tokens[last].Form is "," or "،" or ";" || tokens[last].Kind == TokenKind.Word && Continuers.Contains(tokens[last].Form)) return true;
        if (paragraphs || lineStart == 0 || Words(tokens, from, last + 1) < MinWrappedLineWords) return false;
        var next = last + 1;
        while (next + 1 < tokens.Count && !LineBreakBetween(text, tokens[next], tokens[next + 1])) next++;
        return Words(tokens, last + 1, next + 1) >= MinContinuationWords;
    }

    private const int MinLinesForParagraphs = 4;

    /// <summary>
    /// Whether most of the text's lines end in a full stop (or a closing quote after one): paragraphs, each line a whole
    /// one, as news sites write; text broken into lines mid-sentence (a PDF's) ends few of them so.
    /// </summary>
    private static bool IsWrittenInParagraphs(string text, IReadOnlyList<Token> tokens)
    {
        int lines = 0, ended = 0;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!LineBreakBetween(text, tokens[i], tokens[i + 1])) continue;
            lines++;
            var last = i;
            while (last > 0 && tokens[last].Form is "\"" or ")" or "'" or "»") last--;
            if (tokens[last].Form is "." or "!" or "?" or ":") ended++;
        }
        return lines >= MinLinesForParagraphs && ended * 2 > lines;
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
        if (form is not ("!" or "?" or ".")) return false;
        if (i + 1 < tokens.Count && tokens[i + 1].Form is "!" or "?" or "." && Adjacent(tokens[i], tokens[i + 1])) return false; // «؟!» and «...» end at their last mark
        if (form != ".") return true;
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Form.Length == 1 && Adjacent(tokens[i - 1], tokens[i])
            && !(i > 1 && tokens[i - 2].Kind == TokenKind.Number && Adjacent(tokens[i - 2], tokens[i - 1])))
            return false; // abbreviation such as «د.», but not the era mark of «1938م.»
        if (i > 0 && i + 1 < tokens.Count && tokens[i - 1].Kind == TokenKind.Number && tokens[i + 1].Kind == TokenKind.Number
            && Adjacent(tokens[i - 1], tokens[i]) && Adjacent(tokens[i], tokens[i + 1]))
            return false; // 3.5 or 9.11.2018
        return true;
    }

    private static bool Adjacent(Token a, Token b) => a.Span.End == b.Span.Start;

    private static bool LineBreakBetween(string text, Token a, Token b) =>
        text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).Contains('\n');
}
