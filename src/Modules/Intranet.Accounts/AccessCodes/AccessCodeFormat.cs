using System.Security.Cryptography;
using System.Text;

namespace Intranet.Accounts.AccessCodes;

/// <summary>
/// Codes are 12 characters from an alphabet without look-alikes (no I, O, 0, 1), shown as XXXX-XXXX-XXXX:
/// about 60 bits, easy to read off a card and type on a phone. Lowercase, spaces and dashes are forgiven.
/// </summary>
public static class AccessCodeFormat
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int Length = 12;

    public static string NewCode()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        var raw = new string(chars);
        return $"{raw[..4]}-{raw[4..8]}-{raw[8..]}";
    }

    public static string Normalize(string? typed) =>
        new((typed ?? "").ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>Salted with the user id, so equal codes for two people never share a hash.</summary>
    public static string Hash(string userId, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userId + ":" + Normalize(code))));

    public static bool Matches(string storedHash, string userId, string typed) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(userId, typed)));
}
