using System.Security.Cryptography;
using System.Text;

namespace Rasd.Core.Text;

/// <summary>Deterministic ids: the same input always gives the same id, on every machine.</summary>
public static class StableId
{
    /// <summary>First 16 hex digits of SHA-256 over the UTF-8 bytes of the parts, separated by U+001F.</summary>
    public static string Of(params string[] parts)
    {
        var joined = string.Join('\u001f', parts);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(joined), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    public static string OfBytes(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
