using System.Security.Cryptography;

namespace Intranet.Web.Hosting;

/// <summary>
/// The key-encryption key (KEK) that protects the Data Protection key ring at rest in the database:
/// 32 random bytes, base64, from <c>Intranet:DataProtection:KeyEncryptionKey</c> (an environment variable or a
/// secrets file, never the database). Every node needs the same value. The short id stored beside each
/// encrypted key tells an operator which KEK a key needs without revealing it.
/// </summary>
public sealed class KeyEncryptionKey
{
    public const string Setting = "Intranet:DataProtection:KeyEncryptionKey";

    public KeyEncryptionKey(byte[] key)
    {
        if (key.Length != 32) throw new InvalidOperationException($"{Setting} må være 32 byte i base64 (f.eks. `openssl rand -base64 32`).");
        Key = key;
        Id = Convert.ToHexString(SHA256.HashData(key))[..12].ToLowerInvariant();
    }

    public byte[] Key { get; }

    public string Id { get; }

    public static KeyEncryptionKey? FromConfiguration(IConfiguration configuration)
    {
        var text = configuration[Setting];
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            return new KeyEncryptionKey(Convert.FromBase64String(text.Trim()));
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{Setting} er ikke gyldig base64.");
        }
    }
}
