using QRCoder;

namespace Intranet.Accounts.AccessCodes;

/// <summary>The printable card shown once after a code is issued: who, the code, and a QR code to the login page.</summary>
public sealed record AccessCard(string DisplayName, string UserName, string Code, DateTimeOffset ExpiresAt, string LoginUrl)
{
    /// <summary>
    /// A PNG data URI (the CSP allows data: images, and no script is needed). The QR code holds only the login
    /// address with the username, never the code: a photographed card corner must not be enough.
    /// </summary>
    public string QrDataUri()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(LoginUrl, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    public static string LoginUrlFor(string origin, string userName) =>
        origin.TrimEnd('/') + "/logg-inn/kode?brukernavn=" + Uri.EscapeDataString(userName);
}
