using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Intranet.Web.Hosting;

/// <summary>
/// Reverses <see cref="KeyEncryptionKeyXmlEncryptor"/>. Data Protection creates decryptors by type name with
/// an <see cref="IServiceProvider"/>, hence the constructor shape.
/// </summary>
public sealed class KeyEncryptionKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var kek = services.GetService<KeyEncryptionKey>()
                  ?? throw new InvalidOperationException($"Nøkkelringen er kryptert, men {KeyEncryptionKey.Setting} er ikke satt.");
        var wanted = (string?)encryptedElement.Attribute("kekId");
        if (wanted != kek.Id)
            throw new InvalidOperationException($"Nøkkelen er kryptert med KEK {wanted}, men denne noden har {kek.Id}.");
        var nonce = Convert.FromBase64String((string)encryptedElement.Element("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Element("tag")!);
        var ciphertext = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(kek.Key, tag.Length))
            aes.Decrypt(nonce, ciphertext, tag, plaintext, KeyEncryptionKeyXmlEncryptor.AssociatedData);
        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
