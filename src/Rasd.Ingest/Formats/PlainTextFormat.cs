using System.Text;
using Rasd.Core.Text;

namespace Rasd.Ingest.Formats;

/// <summary>
/// Plain text in the encodings Arabic text comes in: UTF-8 (with or without a BOM), UTF-16 (with a
/// BOM, or without one where every other byte is zero), and the single-byte Windows-1256 and
/// ISO-8859-6, told apart by which one decodes the bytes into Arabic letters.
/// </summary>
public sealed class PlainTextFormat : ISourceFormat
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1256;
    private static readonly Encoding Iso88596;

    static PlainTextFormat()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1256 = Encoding.GetEncoding(1256);
        Iso88596 = Encoding.GetEncoding("iso-8859-6");
    }

    public string Name => "text";

    public bool Recognizes(ReadOnlySpan<byte> head, string name) => true; // the last resort: anything that decodes

    public IEnumerable<ReadResult> Read(SourceFile file)
    {
        byte[] bytes;
        try { bytes = file.ReadAllBytes(SourceReader.MaxFileBytes); }
        catch (IOException e) { return [ReadResult.Failed(file.Name, e.Message)]; }
        if (bytes.Length == 0) return [ReadResult.Failed(file.Name, "empty file")];
        if (Decode(bytes) is not var (text, _) || text is not null && LooksBinary(text)) return [ReadResult.Failed(file.Name, "binary content: not a text file")];
        if (text is null) return [ReadResult.Failed(file.Name, "not valid UTF-8 text, nor Arabic in UTF-16, Windows-1256 or ISO-8859-6")];
        if (string.IsNullOrWhiteSpace(text)) return [ReadResult.Failed(file.Name, "no text (only whitespace)")];
        return [ReadResult.Ok(file.Name, SourceReader.FromText(StableId.OfBytes(bytes), file.Name, text))];
    }

    /// <summary>The text and the encoding it was read in; a null text when no encoding fits; null when the bytes are binary.</summary>
    public static (string? Text, string Encoding)? Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) return Utf8(bytes, 3);
        if (span.StartsWith(new byte[] { 0xFF, 0xFE })) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le");
        if (span.StartsWith(new byte[] { 0xFE, 0xFF })) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16be");
        if (Utf16WithoutBom(span) is { } utf16) return (utf16.GetString(bytes), utf16.WebName);
        if (span.IndexOf((byte)0) >= 0) return null;
        if (Utf8(bytes, 0) is { Text: not null } utf8) return utf8;
        var windows = Windows1256.GetString(bytes);
        var iso = Iso88596.GetString(bytes);
        var best = ArabicShare(iso) > ArabicShare(windows) ? (iso, "iso-8859-6") : (windows, "windows-1256");
        return ArabicShare(best.Item1) > 0.3 ? best : (null, "unknown");
    }

    private static (string? Text, string Encoding) Utf8(byte[] bytes, int offset)
    {
        try { return (StrictUtf8.GetString(bytes, offset, bytes.Length - offset), "utf-8"); }
        catch (DecoderFallbackException) { return (null, "utf-8"); }
    }

    /// <summary>UTF-16 with no BOM: Arabic (U+06xx) and ASCII leave a zero in one byte of most pairs.</summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        int evenZero = 0, oddZero = 0, pairs = Math.Min(bytes.Length / 2, 2048);
        for (var i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 0) evenZero++;
            if (bytes[2 * i + 1] == 0) oddZero++;
        }
        // ASCII in little-endian puts the zero in the odd byte; Arabic letters (06xx) put 0x06 there, so count both.
        int evenSix = 0, oddSix = 0;
        for (var i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 6) evenSix++;
            if (bytes[2 * i + 1] == 6) oddSix++;
        }
        if (oddZero + oddSix > 0.8 * pairs && evenZero < 0.05 * pairs) return Encoding.Unicode;
        if (evenZero + evenSix > 0.8 * pairs && oddZero < 0.05 * pairs) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>Control characters or undecodable bytes in more than 1% of a text: no text at all.</summary>
    private static bool LooksBinary(string text)
    {
        var bad = 0;
        foreach (var c in text)
            if (c == '\uFFFD' || char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) bad++;
        return bad > 0.01 * text.Length;
    }

    /// <summary>The share of letters that are Arabic, and of characters that are letters or spaces at all.</summary>
    private static double ArabicShare(string text)
    {
        int arabic = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\u0600' and <= '\u06FF') arabic++;
        }
        return letters == 0 ? 0 : (double)arabic / letters;
    }
}
