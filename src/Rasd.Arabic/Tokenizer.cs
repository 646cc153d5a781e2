using System.Globalization;
using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Arabic;

/// <summary>
/// Splits the match form into words, numbers, Latin runs and punctuation. A word never mixes
/// letters and digits («لـ9» is «ل» then «9»), nor Arabic and Latin letters («لCNN»), so numbers
/// and names glued to a preposition are found. Each
/// Arabic word is read into clitics and stem by the <see cref="CliticSegmenter"/>.
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(NormalizedText normalized) => Tokenize(normalized, CliticSegmenter.Default);

    public static Token[] Tokenize(NormalizedText normalized, CliticSegmenter? segmenter)
    {
        var text = normalized.Text;
        var tokens = new List<Token>(text.Length / 5 + 1);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            TokenKind kind;
            if (UrlLength(text, i) is > 0 and var url)
            {
                kind = TokenKind.Url;
                i += url;
            }
            else if (char.IsDigit(c))
            {
                kind = TokenKind.Number;
                i = NumberEnd(text, i);
            }
            else if (IsWordChar(c))
            {
                // A word keeps to one script: «لCNN» is «ل» then «CNN».
                var latin = IsLatin(c);
                while (i < text.Length && IsWordChar(text[i]) && (!char.IsLetter(text[i]) || IsLatin(text[i]) == latin)) i++;
                kind = latin ? TokenKind.Latin : TokenKind.Word;
            }
            else
            {
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            }
            var span = new TextSpan(start, i);
            var raw = normalized.ToRaw(span);
            var token = new Token(span, raw, kind, text[start..i], kind == TokenKind.Word && LastLetter(normalized.Raw, raw) == 'ة');
            if (kind == TokenKind.Word && segmenter is not null)
            {
                var reading = segmenter.Segment(token.Form, raw.Slice(normalized.Raw));
                if (reading.CliticCount > 0)
                    token = token with { Proclitics = reading.Proclitics, Stem = reading.Stem(token.Form), Enclitic = reading.Enclitic };
            }
            tokens.Add(token);
        }
        return [.. tokens];
    }

    /// <summary>
    /// Digits, with one decimal point (3.5) or comma (52,5), or thousands groups (25,000,000). A point followed by
    /// more points is a date's separator (9.11.2018), not a decimal.
    /// </summary>
    private static int NumberEnd(string text, int i)
    {
        var afterDot = i >= 2 && text[i - 1] == '.' && char.IsDigit(text[i - 2]); // the «11» and «2018» of 9.11.2018
        while (i < text.Length && char.IsDigit(text[i])) i++;
        if (i + 1 < text.Length && text[i] == ',' && Digits(text, i + 1) == 3)
        {
            while (i + 1 < text.Length && text[i] == ',' && Digits(text, i + 1) == 3) i += 4;
            return i;
        }
        if (!afterDot && i + 1 < text.Length && text[i] == ',' && Digits(text, i + 1) is 1 or 2 && !(i + 2 < text.Length && text[i + 1 + Digits(text, i + 1)] == ','))
            return i + 1 + Digits(text, i + 1); // a decimal comma, as in the Maghreb and Europe: 52,5
        if (!afterDot && i + 1 < text.Length && text[i] == '.' && Digits(text, i + 1) is > 0 and var d
            && !(i + 1 + d < text.Length && text[i + 1 + d] == '.' && i + 2 + d < text.Length && char.IsDigit(text[i + 2 + d])))
            i += 1 + d;
        return i;
    }

    private static int Digits(string text, int i)
    {
        var n = 0;
        while (i + n < text.Length && char.IsDigit(text[i + n])) n++;
        return n;
    }

    /// <summary>A URL (http://, https://, www.) or e-mail address at <paramref name="i"/>: its length, or 0.</summary>
    private static int UrlLength(string text, int i)
    {
        var rest = text.AsSpan(i);
        var isUrl = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        var end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]) && rest[end] is not ('"' or '\'' or '<' or '>') && (isUrl || rest[end] < '\u0250')) end++;
        if (!isUrl)
        {
            // An e-mail address: Latin letters and digits around one «@» and a dot after it.
            var at = rest[..end].IndexOf('@');
            if (at <= 0 || rest[..end][at..].IndexOf('.') < 0 || !char.IsAsciiLetterOrDigit(rest[0])) return 0;
        }
        while (end > 0 && rest[end - 1] is '.' or ',' or ')' or ';' or ':' or '?' or '!') end--; // sentence punctuation after a link
        return end;
    }

    private static char LastLetter(string raw, TextSpan span)
    {
        for (var i = span.End - 1; i >= span.Start; i--)
            if (char.IsLetter(raw[i])) return raw[i];
        return '\0';
    }

    private static bool IsLatin(char c) => c < '\u0250' && char.IsLetter(c);

    private static bool IsWordChar(char c)
    {
        if (char.IsLetter(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
