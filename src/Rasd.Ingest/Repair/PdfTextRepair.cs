using System.Text;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Text;

namespace Rasd.Ingest.Repair;

/// <summary>
/// Repairs Arabic text damaged by PDF extraction, as a general algorithm:
/// <list type="number">
/// <item>detects the damage: kashida (tatweel) from justification, and visual lines that begin with
/// a «ي» fragment and end with a «ر»/«ز» fragment — where an extractor cut a line at each «ر/ز + ي»
/// inside a word and emitted the pieces in reverse order;</item>
/// <item>removes the kashida;</item>
/// <item>rebuilds each such line by choosing the cut points and putting the pieces back in order,
/// scored by a word-bigram model of news (<see cref="WordBigrams"/>) and the lexicon (the words
/// that the joins make must be words);</item>
/// <item>rejoins lines and paragraphs split in the middle of a sentence;</item>
/// <item>marks where digits were lost («في  من حزيران»), so that later stages lower a date's
/// precision instead of inventing one.</item>
/// </list>
/// Every repair is recorded with the span it changed in the text as read.
/// </summary>
public sealed class PdfTextRepair(WordBigrams model, CliticSegmenter lexicon)
{
    private const char Tatweel = '\u0640';
    private const int MaxCuts = 3;
    // Kashida share of the letters: justified PDF text is full of it; web text uses one now and then (بـ38).
    private const double MinTatweelShare = 0.01;
    private const double MinTatweelShareAlone = 0.03;
    private const int MinDamagedLines = 2;
    // log2-probability charged to a paragraph whose last line ends with no sentence mark: about that of an unseen word.
    private const double OpenParagraphEnd = -20;

    public static PdfTextRepair Default { get; } = new(WordBigrams.Default, CliticSegmenter.Default);

    /// <summary>True when the text shows the damage this repair undoes.</summary>
    public bool IsDamaged(string text)
    {
        int letters = 0, tatweel = 0;
        foreach (var c in text)
        {
            if (c == Tatweel) tatweel++;
            else if (char.IsLetter(c)) letters++;
        }
        if (letters == 0) return false;
        var damagedLines = 0;
        foreach (var line in Clean(text).Split('\n'))
            if (HasCutSignature(Words(line))) damagedLines++;
        var share = (double)tatweel / letters;
        return share >= MinTatweelShareAlone || share >= MinTatweelShare && damagedLines >= 1 || damagedLines >= MinDamagedLines;
    }

    /// <summary>The repaired text and every repair made; an undamaged text comes back as it was, with none.</summary>
    public RepairedText Repair(string text)
    {
        if (!IsDamaged(text)) return new RepairedText(text, []);
        var repairs = new List<TextRepair>();
        var lines = SplitLines(text);
        var readings = new List<List<string>>[lines.Count];
        var cleaned = new string[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var line = text[start..end];
            var kashida = line.Count(c => c == Tatweel);
            if (kashida > 0) repairs.Add(new TextRepair(RepairKind.Kashida, new TextSpan(start, end), $"{kashida} kashida removed"));
            cleaned[i] = Clean(line);
            readings[i] = Readings(Words(cleaned[i]));
        }
        var chosen = BestReadings(readings);
        var rebuilt = new List<(string Text, TextSpan Source)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var source = new TextSpan(lines[i].Start, lines[i].End);
            if (chosen[i] == 0) { rebuilt.Add((cleaned[i], source)); continue; } // spacing kept: a double space may mark lost digits
            var reading = string.Join(' ', readings[i][chosen[i]]);
            repairs.Add(new TextRepair(RepairKind.LineOrder, source, reading));
            rebuilt.Add((reading, source));
        }
        MarkLostDigits(text, repairs);
        return new RepairedText(Rejoin(rebuilt, repairs), repairs);
    }

    /// <summary>
    /// The line with its pieces back in order, or null when no reading beats the line as it is, given
    /// the words around it (the last of the line before, the first of the line after).
    /// </summary>
    public string? Reorder(string line, string? previousWord, string? nextWord)
    {
        var words = Words(line);
        if (!HasCutSignature(words)) return null;
        var best = (Score: Score(words, previousWord, nextWord), Text: (string?)null);
        foreach (var joined in Reorderings(words))
        {
            var score = Score(joined, previousWord, nextWord);
            if (score > best.Score) best = (score, string.Join(' ', joined));
        }
        return best.Text;
    }

    /// <summary>
    /// The ways to read a line: first as it is, then — when it bears the cut signature — the best
    /// reorderings of its pieces by the model's score inside the line.
    /// </summary>
    private List<List<string>> Readings(List<string> words)
    {
        var readings = new List<List<string>> { words };
        if (!HasCutSignature(words)) return readings;
        readings.AddRange(Reorderings(words).OrderByDescending(r => Score(r, null, null)).Take(MaxReadings));
        return readings;
    }

    private const int MaxReadings = 48;

    /// <summary>
    /// Emitted pieces E1..Ek (all but the last begin with «ي»; all but the first end with «ر»/«ز»)
    /// read Ek … E1, each join closing a word cut in two: every such reading whose joins make words.
    /// </summary>
    private IEnumerable<List<string>> Reorderings(List<string> words)
    {
        foreach (var cuts in CutSets(words))
            if (Join(Pieces(words, cuts)) is { } joined) yield return joined;
    }

    /// <summary>
    /// The reading of every line that makes the likeliest text as a whole (Viterbi over lines): each
    /// reading scored inside its line, and each line's first word after the last word of the line
    /// before — a damaged neighbour is read in its own best order, not as it was emitted. Returns the
    /// index of the chosen reading per line (0: as it was).
    /// </summary>
    private int[] BestReadings(List<List<string>>[] readings)
    {
        var n = readings.Length;
        var chosen = new int[n];
        var inner = readings.Select(r => r.Select(words => ScoreFrom(words, 1)).ToArray()).ToArray(); // the first word is scored after the line before
        var best = new double[n][];
        var back = new int[n][];
        int previous = -1, gap = 0; // the last line with words, and how many blank lines since
        for (var i = 0; i < n; i++)
        {
            best[i] = new double[readings[i].Count];
            back[i] = new int[readings[i].Count];
            if (readings[i][0].Count == 0) { gap++; continue; }
            for (var r = 0; r < readings[i].Count; r++)
            {
                var reading = readings[i][r];
                if (previous < 0) { best[i][r] = inner[i][r] + After(null, reading, gap > 0); continue; }
                best[i][r] = double.NegativeInfinity;
                for (var p = 0; p < readings[previous].Count; p++)
                {
                    var score = best[previous][p] + After(readings[previous][p], reading, gap > 0);
                    if (score > best[i][r]) (best[i][r], back[i][r]) = (score, p);
                }
                best[i][r] += inner[i][r];
            }
            previous = i;
            gap = 0;
        }
        if (previous < 0) return chosen;
        // The text should end a sentence: its last line's readings are charged as a paragraph's end.
        var last = Enumerable.Range(0, readings[previous].Count)
            .MaxBy(r => best[previous][r] + (EndsSentence(readings[previous][r][^1]) ? 0 : OpenParagraphEnd));
        for (var i = previous; i >= 0;)
        {
            chosen[i] = last;
            var p = i - 1;
            while (p >= 0 && readings[p][0].Count == 0) p--;
            if (p < 0) break;
            last = back[i][last];
            i = p;
        }
        return chosen;
    }

    /// <summary>
    /// log2-probability of a line's first word after the end of the line before (null: the
    /// text's start). Across blank lines the line may start a paragraph — then the line before should
    /// end a sentence — or go on with a sentence the break cut.
    /// </summary>
    private double After(List<string>? before, List<string> line, bool blankBetween)
    {
        var asParagraph = ScoreFrom([WordBigrams.SentenceStart, line[0]], 1);
        if (before is null) return asParagraph;
        var continuing = ScoreFrom([before[^1], line[0]], 1);
        if (!blankBetween) return continuing;
        return Math.Max(continuing, asParagraph + (EndsSentence(before[^1]) ? 0 : OpenParagraphEnd));
    }

    /// <summary>A line that could be cut at «ر/ز + ي»: it begins with a word starting with «ي» and ends with one ending in «ر» or «ز».</summary>
    private static bool HasCutSignature(IReadOnlyList<string> words) =>
        words.Count >= 2 && StartsWithYa(words[0]) && EndsWithRaZay(words[^1]);

    private static bool StartsWithYa(string word) => FirstLetter(word) == 'ي';

    private static bool EndsWithRaZay(string word) => LastLetter(word) is 'ر' or 'ز';

    /// <summary>
    /// Every set of cut positions (indices of the word that begins a piece, ascending): a piece other
    /// than the last must begin with «ي», and a piece other than the first must end with «ر»/«ز».
    /// </summary>
    private static IEnumerable<int[]> CutSets(IReadOnlyList<string> words)
    {
        var n = words.Count;
        var stack = new List<int>();
        foreach (var set in Extend(1)) yield return set;

        IEnumerable<int[]> Extend(int from)
        {
            for (var c = from; c < n; c++)
            {
                // The piece that ends before c: if it is not the first piece, it must end with ر/ز.
                if (stack.Count > 0 && !EndsWithRaZay(words[c - 1])) continue;
                stack.Add(c);
                yield return [.. stack]; // c begins the last piece: any word may
                if (stack.Count < MaxCuts && StartsWithYa(words[c]))
                    foreach (var longer in Extend(c + 1)) yield return longer;
                stack.RemoveAt(stack.Count - 1);
            }
        }
    }

    private static List<List<string>> Pieces(IReadOnlyList<string> words, int[] cuts)
    {
        var pieces = new List<List<string>>();
        var start = 0;
        foreach (var cut in cuts.Append(words.Count))
        {
            pieces.Add([.. words.Skip(start).Take(cut - start)]);
            start = cut;
        }
        return pieces;
    }

    /// <summary>The pieces in reading order (last emitted first), each join closing a word; null when a join makes no word the lexicon knows.</summary>
    private List<string>? Join(List<List<string>> pieces)
    {
        var result = new List<string>(pieces[^1]);
        for (var i = pieces.Count - 2; i >= 0; i--)
        {
            var head = result[^1];
            var tail = pieces[i][0];
            var word = head + tail;
            if (!IsWord(word)) return null;
            result[^1] = word;
            result.AddRange(pieces[i].Skip(1));
        }
        return result;
    }

    private bool IsWord(string chunk) => Count(chunk) >= 3;

    /// <summary>How often the lexicon saw the chunk's Arabic word, or its stem once clitics are read off.</summary>
    private int Count(string chunk)
    {
        var normalized = ArabicNormalizer.ToMatchForm(chunk);
        var tokens = Tokenizer.Tokenize(normalized, lexicon);
        if (tokens.Count(t => t.Kind == TokenKind.Word) != 1) return 0;
        var word = tokens.First(t => t.Kind == TokenKind.Word);
        return Math.Max(lexicon.CountOf(word.Form), lexicon.CountOf(word.Stem));
    }

    /// <summary>
    /// The language model's log-probability of a line in its context: the line's words and the next
    /// line's first word, each after the word before it (<see cref="ScoreFrom"/>).
    /// </summary>
    private double Score(IReadOnlyList<string> words, string? previousWord, string? nextWord)
    {
        var chunks = new List<string>(words.Count + 2);
        if (previousWord is not null) chunks.Add(previousWord);
        chunks.AddRange(words);
        if (nextWord is not null) chunks.Add(nextWord);
        return ScoreFrom(chunks, previousWord is null ? 0 : 1);
    }

    /// <summary>
    /// log2-probability of the chunks from <paramref name="from"/> on, each word after the word before
    /// it: after nothing across punctuation, after a sentence start across a full stop.
    /// </summary>
    private double ScoreFrom(IReadOnlyList<string> chunks, int from)
    {
        var score = 0.0;
        for (var i = from; i < chunks.Count; i++)
        {
            if (Key(chunks[i]) is not { } word) continue;
            var before = i == 0 ? null : ContextOf(chunks[i - 1], chunks[i]);
            score += model.LogProbability(before, word);
        }
        return score;
    }

    /// <summary>What a chunk is to the word after it, as the model counts: a sentence start after a full stop, nothing across punctuation, else its word.</summary>
    private static string? ContextOf(string previous, string chunk) =>
        previous == WordBigrams.SentenceStart || EndsSentence(previous) ? WordBigrams.SentenceStart
        : BreaksPair(previous, chunk) ? null : Key(previous);

    /// <summary>The match form of a chunk's Arabic letters, as the model counts words (clitics kept as written); null when it has none.</summary>
    private static string? Key(string? chunk)
    {
        if (chunk is null) return null;
        if (chunk == WordBigrams.SentenceStart) return chunk;
        var form = ArabicNormalizer.Normalize(chunk);
        var sb = new StringBuilder(form.Length);
        foreach (var c in form) if (char.IsLetter(c)) sb.Append(c);
        return sb.Length > 0 ? sb.ToString() : null;
    }

    private static bool EndsSentence(string chunk) => chunk.Length > 0 && chunk[^1] is '.' or '!' or '?' or '؟';

    // Punctuation between two chunks breaks the pair, as it does when the model counts.
    private static bool BreaksPair(string first, string second) =>
        first.Length > 0 && !char.IsLetter(first[^1]) && !ArabicNormalizer.IsDiacritic(first[^1]) || second.Length > 0 && !char.IsLetter(second[0]);

    /// <summary>
    /// Lines joined back into paragraphs: a line break (blank lines too) inside a sentence becomes a
    /// space when the line before ends with no sentence mark and the next goes on with a word.
    /// </summary>
    private static string Rejoin(List<(string Text, TextSpan Source)> lines, List<TextRepair> repairs)
    {
        var sb = new StringBuilder();
        var pendingBreaks = 0;
        TextSpan? lastSource = null;
        foreach (var (text, source) in lines)
        {
            var trimmed = text.Trim();
            if (trimmed.Length == 0) { pendingBreaks++; continue; }
            if (sb.Length > 0)
            {
                var continues = !EndsWithSentenceMark(sb) && char.IsLetter(trimmed[0]);
                if (continues)
                {
                    sb.Append(' ');
                    if (pendingBreaks > 0 && lastSource is { } before)
                        repairs.Add(new TextRepair(RepairKind.ParagraphJoin, new TextSpan(before.End, source.Start), "paragraph break inside a sentence removed"));
                }
                else sb.Append(pendingBreaks > 0 ? "\n\n" : "\n");
            }
            sb.Append(trimmed);
            pendingBreaks = 0;
            lastSource = source;
        }
        return sb.ToString();
    }

    /// <summary>True when the text so far ends a sentence (or opens a list with «:»), looking through closing quotes and brackets: «… ب”الرسمية”» goes on, «… قال.”» does not.</summary>
    private static bool EndsWithSentenceMark(StringBuilder sb)
    {
        var i = sb.Length - 1;
        while (i > 0 && sb[i] is '”' or '"' or '»' or ')' or '\'') i--;
        return sb[i] is '.' or '!' or '?' or '؟' or ':';
    }

    /// <summary>
    /// Where a number's digits were lost: glyphs of the private use area the extractor could not map
    /// (they are taken out of the text), or two spaces where a day stood before «من» and a month
    /// («في  من حزيران»). Recorded, so that a date there is read at month precision, not invented.
    /// </summary>
    private static void MarkLostDigits(string original, List<TextRepair> repairs)
    {
        for (var i = 0; i < original.Length; i++)
        {
            if (!IsPrivateUse(original[i])) continue;
            var start = i;
            while (i < original.Length && IsPrivateUse(original[i])) i++;
            repairs.Add(new TextRepair(RepairKind.DigitsLost, new TextSpan(start, i), $"{i - start} unmapped glyphs removed: digits lost"));
        }
        for (var i = original.IndexOf("  ", StringComparison.Ordinal); i >= 0; i = original.IndexOf("  ", i + 2, StringComparison.Ordinal))
        {
            var before = LastWord(Clean(original[Math.Max(0, i - 40)..i]));
            var after = FirstWord(Clean(original[(i + 2)..Math.Min(original.Length, i + 42)]));
            if (before is null || after is null) continue;
            var b = ArabicNormalizer.Normalize(before);
            var a = ArabicNormalizer.Normalize(after);
            if (b is "في" or "يوم" or "منذ" or "عام" or "حتي" && (a == "من" || IsMonthName(after)))
                repairs.Add(new TextRepair(RepairKind.DigitsLost, new TextSpan(i, i + 2), "digits lost between these words"));
        }
    }

    private static bool IsPrivateUse(char c) => c is >= '\uE000' and <= '\uF8FF';

    private static bool IsMonthName(string word)
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.ToMatchForm(word));
        return tokens.Length > 0 && ArabicCalendar.Default.Months.Match(tokens, 0) is not null;
    }

    /// <summary>A line without kashida and unmapped glyphs.</summary>
    private static string Clean(string line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var c in line) if (c != Tatweel && !IsPrivateUse(c)) sb.Append(c);
        return sb.ToString();
    }

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            lines.Add((start, end));
            start = i + 1;
        }
        return lines;
    }

    private static List<string> Words(string line) => [.. line.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)];

    private static string? FirstWord(string line) => Words(line) is { Count: > 0 } w ? w[0] : null;

    private static string? LastWord(string line) => Words(line) is { Count: > 0 } w ? w[^1] : null;

    private static char FirstLetter(string word)
    {
        foreach (var c in word) if (char.IsLetter(c)) return c;
        return '\0';
    }

    private static char LastLetter(string word)
    {
        for (var i = word.Length - 1; i >= 0; i--) if (char.IsLetter(word[i])) return word[i];
        return '\0';
    }
}
