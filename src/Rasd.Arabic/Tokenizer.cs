using System.Globalization;
using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Arabic;

/// <summary>
/// Splits the match form into words, numbers, Latin runs and punctuation. A word never mixes
/// letters and digits («لـ9» is «ل» then «9»), so numbers glued to a preposition are found. Each
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
            if (char.IsDigit(c))
            {
                kind = TokenKind.Number;
                while (i < text.Length && char.IsDigit(text[i])) i++;
            }
            else if (IsWordChar(c))
            {
                var latin = false;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    latin |= text[i] < '\u0250' && char.IsLetter(text[i]);
                    i++;
                }
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

    private static char LastLetter(string raw, TextSpan span)
    {
        for (var i = span.End - 1; i >= span.Start; i--)
            if (char.IsLetter(raw[i])) return raw[i];
        return '\0';
    }

    private static bool IsWordChar(char c)
    {
        if (char.IsLetter(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
