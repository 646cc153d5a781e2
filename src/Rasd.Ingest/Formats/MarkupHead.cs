using System.Text;

namespace Rasd.Ingest.Formats;

/// <summary>What the first bytes of an HTML or XML file show: the first tag, past a BOM, whitespace, comments and <c>&lt;?xml …?&gt;</c>.</summary>
internal static class MarkupHead
{
    /// <summary>
    /// The head as characters: UTF-16 when its BOM says so, else byte for byte (Latin-1), which keeps
    /// the ASCII of tags readable whatever single- or multi-byte encoding the text is in.
    /// </summary>
    public static string AsText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(new byte[] { 0xFF, 0xFE })) return Encoding.Unicode.GetString(head[2..]);
        if (head.StartsWith(new byte[] { 0xFE, 0xFF })) return Encoding.BigEndianUnicode.GetString(head[2..]);
        if (head.StartsWith(Encoding.UTF8.Preamble)) head = head[3..];
        return Encoding.Latin1.GetString(head);
    }

    /// <summary>
    /// The name of the first tag, lower-cased («html», «rss», «rdf:rdf»; a doctype as «!doctype html»),
    /// or null when the text does not start with markup.
    /// </summary>
    public static string? FirstTag(string text)
    {
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length || text[i] != '<') return null;
            if (Skip(text, ref i, "<?", "?>") || Skip(text, ref i, "<!--", "-->")) continue;
            var name = Word(text, i + 1);
            if (!name.Equals("!doctype", StringComparison.OrdinalIgnoreCase)) return name.Length == 0 ? null : name.ToLowerInvariant();
            var start = i + 1 + name.Length;
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
            return ("!doctype " + Word(text, start)).ToLowerInvariant();
        }
    }

    private static bool Skip(string text, ref int i, string open, string close)
    {
        if (string.CompareOrdinal(text, i, open, 0, open.Length) != 0) return false;
        var end = text.IndexOf(close, i + open.Length, StringComparison.Ordinal);
        i = end < 0 ? text.Length : end + close.Length;
        return true;
    }

    private static string Word(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('>' or '/')) end++;
        return text[start..end];
    }
}
