using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Arabic;

public enum NumberKind { Digits, Cardinal, Ordinal }

/// <summary>A number written in the text: its raw span (glued clitics left out), its text and value.</summary>
public readonly record struct NumberExpression(TextSpan Raw, string Text, double Value, NumberKind Kind, int FirstToken, int EndToken);

/// <summary>
/// Finds numbers: digits in every script (with decimals, thousands and a scale word: «3 ملايين»),
/// cardinal words (ثلاثة آلاف وخمسمئة، خمسة وعشرون) and ordinal words (الثامن والعشرين), from
/// <c>numbers.tsv</c> and <c>ordinals.tsv</c>. The «الثاني» of «تشرين الثاني» belongs to the month.
/// </summary>
public sealed class NumberRecognizer
{
    private sealed record Word(double Value, string Kind);

    private readonly PhraseMatcher<Word> _words = new();
    private readonly ArabicCalendar _calendar;

    public static NumberRecognizer Default { get; } = new(ArabicCalendar.Default);

    public NumberRecognizer(ArabicCalendar calendar)
    {
        _calendar = calendar;
        foreach (var row in LanguageData.Read("ar/numbers.tsv")) _words.Add(row["form"], new Word(double.Parse(row["value"], System.Globalization.CultureInfo.InvariantCulture), row["kind"]));
    }

    public IReadOnlyList<NumberExpression> Find(NormalizedText normalized, IReadOnlyList<Token> tokens)
    {
        var found = new List<NumberExpression>();
        for (var i = 0; i < tokens.Count;)
        {
            if (_calendar.Months.Match(tokens, i) is { } month) { i = month.End; continue; } // تشرين الثاني
            if (_calendar.HijriMonths.Match(tokens, i) is { } hijri) { i = hijri.End; continue; } // ربيع الأول
            if (_calendar.RelativeDays.Match(tokens, i) is { } rel) { i = rel.End; continue; } // أول أمس
            if (_calendar.Weekdays.Match(tokens, i) is { } day && !_calendar.MeansTheTwo(tokens, i)) { i = day.End; continue; } // الاثنين as Monday
            if (_words.Match(tokens, i) is { Value.Kind: "percent" } percent) { i = percent.End; continue; } // في المئة، بالمئة
            var hit = Digits(tokens, i) ?? Ordinal(tokens, i) ?? Cardinal(tokens, i);
            if (hit is not var (end, value, kind, cut)) { i++; continue; }
            var start = tokens[i].Span.Start + cut;
            var raw = new TextSpan(normalized.ToRaw(new TextSpan(start, start + 1)).Start, tokens[end - 1].Raw.End);
            found.Add(new NumberExpression(raw, raw.SliceString(normalized.Raw), value, kind, i, end));
            i = end;
        }
        return found;
    }

    private (int End, double Value, NumberKind Kind, int Cut)? Digits(IReadOnlyList<Token> t, int i)
    {
        if (t[i].NumberValue is not { } value) return null;
        // «3 ملايين»، «20 ألف»: a scale word right after the digits multiplies them.
        if (i + 1 < t.Count && _words.Match(t, i + 1) is { Value.Kind: "scale", Proclitics.Length: 0 } scale)
            return (scale.End, value * scale.Value.Value, NumberKind.Digits, 0);
        return (i + 1, value, NumberKind.Digits, 0);
    }

    private (int End, double Value, NumberKind Kind, int Cut)? Ordinal(IReadOnlyList<Token> t, int i) =>
        _calendar.Ordinals.Match(t, i) is { } m ? (m.End, m.Value, NumberKind.Ordinal, m.CutAt) : null;

    /// <summary>The first word of every number phrase («ثلاثة»، «عشرون»).</summary>
    public IEnumerable<string> WordForms => _words.FirstForms;

    /// <summary>The number words at token <paramref name="i"/> and their value («ثلاثة» → 3), or null.</summary>
    public (int End, double Value)? CardinalAt(IReadOnlyList<Token> tokens, int i) =>
        Cardinal(tokens, i) is var (end, value, _, _) ? (end, value) : null;

    /// <summary>Number words joined by «و» and multiplied by scale words: ثلاثة آلاف وخمسمئة → 3500.</summary>
    private (int End, double Value, NumberKind Kind, int Cut)? Cardinal(IReadOnlyList<Token> t, int i)
    {
        if (_words.Match(t, i) is not { } first) return null;
        double total = 0, current = 0;
        var end = i;
        PhraseMatch<Word>? m = first;
        while (m is { } w)
        {
            switch (w.Value.Kind)
            {
                case "scale":
                    total += Math.Max(current, 1) * w.Value.Value;
                    current = 0;
                    break;
                case "dual":
                    total += w.Value.Value;
                    break;
                default:
                    current += w.Value.Value;
                    break;
            }
            end = w.End;
            // The next word joins with «و» (وعشرون), or is a scale word right after (ثلاثة آلاف).
            m = _words.Match(t, end) is { } next && (next.Proclitics == "و" || next.Proclitics.Length == 0 && next.Value.Kind is "scale") ? next : null;
        }
        return (end, total + current, NumberKind.Cardinal, first.CutAt);
    }
}
