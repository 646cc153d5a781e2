using System.Text;
using Rasd.Core.Text;

namespace Rasd.Arabic;

/// <summary>
/// The match form of Arabic text: the form every lexicon lookup and comparison uses. Tatweel,
/// diacritics and bidi controls are removed; presentation forms are decomposed (NFKC); letter
/// variants are folded (أ إ آ ٱ→ا، ى→ي، ة→ه، ؤ→و، ئ→ي); Arabic-Indic and Persian digits become
/// ASCII; Arabic punctuation becomes its Latin twin. Every character keeps its raw origin.
/// </summary>
public static class ArabicNormalizer
{
    public static NormalizedText ToMatchForm(string raw)
    {
        var text = new StringBuilder(raw.Length);
        var starts = new List<int>(raw.Length);
        var ends = new List<int>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                // Outside the BMP nothing is folded: copy the pair, both halves mapped to the whole.
                Append(c, i, i + 2);
                Append(raw[i + 1], i, i + 2);
                i++;
                continue;
            }
            if (IsPresentationForm(c))
            {
                foreach (var d in c.ToString().Normalize(NormalizationForm.FormKC))
                {
                    if (!IsRemoved(d)) Append(Fold(d), i, i + 1);
                }
                continue;
            }
            if (!IsRemoved(c)) Append(Fold(c), i, i + 1);
            else if ((IsDiacritic(c) || IsTatweel(c)) && ends.Count > 0 && ends[^1] == i)
                ends[^1] = i + 1; // marks and kashida belong to the letter before them: a word's span covers them
        }
        return new NormalizedText(text.ToString(), [.. starts], [.. ends], raw);

        void Append(char c, int rawStart, int rawEnd)
        {
            text.Append(c);
            starts.Add(rawStart);
            ends.Add(rawEnd);
        }
    }

    /// <summary>
    /// The display form: what a reader sees, cleaned of what carries no meaning on screen. Presentation
    /// forms are decomposed, tatweel and bidi controls removed, each run of whitespace becomes one
    /// space, and the ends are trimmed; marks, hamza, digits and punctuation stay as written.
    /// </summary>
    public static NormalizedText ToDisplayForm(string raw)
    {
        var text = new StringBuilder(raw.Length);
        var starts = new List<int>(raw.Length);
        var ends = new List<int>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] == ' ') ends[^1] = i + 1;
                else if (text.Length > 0) Append(' ', i, i + 1);
                continue;
            }
            if (IsTatweel(c) || IsFormatControl(c)) continue;
            if (IsPresentationForm(c))
            {
                foreach (var d in c.ToString().Normalize(NormalizationForm.FormKC)) Append(d, i, i + 1);
                continue;
            }
            Append(c, i, i + 1);
        }
        if (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
            starts.RemoveAt(starts.Count - 1);
            ends.RemoveAt(ends.Count - 1);
        }
        return new NormalizedText(text.ToString(), [.. starts], [.. ends], raw);

        void Append(char c, int rawStart, int rawEnd)
        {
            text.Append(c);
            starts.Add(rawStart);
            ends.Add(rawEnd);
        }
    }

    /// <summary>The match form of a short string (a lexicon entry, a query), without the map.</summary>
    public static string Normalize(string raw) => ToMatchForm(raw).Text;

    public static bool IsTatweel(char c) => c == '\u0640';

    /// <summary>Harakat, tanwin, shadda, sukun, dagger alef and Quranic annotation marks.</summary>
    public static bool IsDiacritic(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED' or >= '\u0610' and <= '\u061A';

    public static bool IsFormatControl(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF'
            or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE';

    private static bool IsRemoved(char c) => IsTatweel(c) || IsDiacritic(c) || IsFormatControl(c);

    /// <summary>Folds one character to its match form (1:1).</summary>
    public static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ک' => 'ك',
        'ی' => 'ي',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        '،' => ',',
        '؛' => ';',
        '؟' => '?',
        '٪' => '%',
        '\u066B' => '.', // Arabic decimal separator
        '\u066C' => ',', // Arabic thousands separator
        '«' or '»' or '“' or '”' or '„' or '″' => '"',
        '‘' or '’' => '\'',
        '\u00A0' or '\u2007' or '\u202F' or '\t' => ' ',
        '#' or '_' => ' ', // a hashtag reads as its words: «#محمد_بن_سلمان»
        '\r' => '\n',
        _ => c,
    };
}
