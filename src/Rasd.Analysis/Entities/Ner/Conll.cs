namespace Rasd.Analysis.Entities.Ner;

/// <summary>A sentence of a CoNLL file: its tokens, their gold tags when the file has them, and the line it starts on.</summary>
public sealed record ConllSentence(string[] Tokens, string[]? Tags, int Line);

/// <summary>
/// Reads CoNLL files as ANERcorp writes them: one <c>token</c> or <c>token TAG</c> per line (a space
/// or a tab between), blank lines between sentences. Either every token has a tag or none does;
/// a tag is «O», «B-X» or «I-X». What breaks that is a <see cref="FormatException"/> naming the path and line.
/// </summary>
public static class Conll
{
    private static readonly char[] Separators = [' ', '\t'];

    public static IReadOnlyList<ConllSentence> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file");
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    public static IReadOnlyList<ConllSentence> Read(TextReader reader, string name)
    {
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        bool? tagged = null;
        var line = 0;
        var first = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (line == 1) text = text.TrimStart('\uFEFF');
            if (string.IsNullOrWhiteSpace(text))
            {
                Flush();
                continue;
            }
            var fields = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 2) throw new FormatException($"{name}:{line}: expected 'token' or 'token TAG', found {fields.Length} fields: '{text}'");
            var hasTag = fields.Length == 2;
            if (tagged is { } t && t != hasTag)
                throw new FormatException($"{name}:{line}: " + (hasTag ? "a tag where the lines before have none" : $"no tag after '{fields[0]}' where the lines before have one"));
            tagged = hasTag;
            if (hasTag && !NerTagSet.IsBio(fields[1])) throw new FormatException($"{name}:{line}: '{fields[1]}' is not a BIO tag (O, B-TYPE or I-TYPE)");
            if (tokens.Count == 0) first = line;
            tokens.Add(fields[0]);
            if (hasTag) tags.Add(fields[1]);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0) return;
            sentences.Add(new ConllSentence([.. tokens], tagged == true ? [.. tags] : null, first));
            tokens.Clear();
            tags.Clear();
        }
    }

    /// <summary>Writes <c>token TAB tag</c> lines, a blank line after each sentence.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> tokens, IReadOnlyList<string> tags)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            writer.Write(tokens[i]);
            writer.Write('\t');
            writer.Write(tags[i]);
            writer.Write('\n');
        }
        writer.Write('\n');
    }
}
