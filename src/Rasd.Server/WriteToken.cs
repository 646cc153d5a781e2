using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Rasd.Server;

/// <summary>
/// The secret a client must send (<c>Authorization: Bearer TOKEN</c>) to change the archive. A
/// server started without one only reads.
/// </summary>
public sealed class WriteToken
{
    public const int MinLength = 16;
    public const string EnvironmentVariable = "RASD_WRITE_TOKEN";
    private readonly byte[] _secret;

    public WriteToken(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Trim().Length < MinLength)
            throw new ArgumentException($"A write token must be at least {MinLength} characters long (a guessable token would open the archive to anyone who can reach the server).");
        _secret = Encoding.UTF8.GetBytes(secret.Trim());
    }

    /// <summary>Null when the request may write; otherwise the problem to answer it with.</summary>
    public static IResult? Refusal(WriteToken? token, HttpRequest request)
    {
        if (token is null)
            return Results.Problem($"This archive is served read-only: start 'rasd serve' with --write-token (or {EnvironmentVariable}) to add documents.",
                statusCode: StatusCodes.Status403Forbidden, title: "Read-only");
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && token.Matches(header[scheme.Length..].Trim())) return null;
        request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem("Send the server's write token as 'Authorization: Bearer TOKEN'.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
    }

    // In constant time: how much of a guess was right must not show in how long the answer takes.
    private bool Matches(string given) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _secret);
}
