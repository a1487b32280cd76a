using System.Security.Cryptography.X509Certificates;
using Intranet.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Intranet.Web.Hosting;

/// <summary>
/// One Data Protection key ring for the whole cluster: stored in the database (table DataProtectionKeys), one
/// application name on every node, so a cookie or antiforgery token issued by node A is accepted by node B and
/// sessions survive restarts. Keys are encrypted at rest with a key-encryption key
/// (<c>Intranet:DataProtection:KeyEncryptionKey</c>, preferred) or an X.509 certificate
/// (<c>Intranet:DataProtection:CertificatePath</c> + <c>CertificatePassword</c>). See docs/operations.md.
/// </summary>
internal static class DataProtectionSetup
{
    public const string ApplicationName = "Intranett";

    public static void AddIntranetDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName(configuration["Intranet:DataProtection:ApplicationName"] ?? ApplicationName)
            .PersistKeysToDbContext<IntranetDbContext>();
        var kek = KeyEncryptionKey.FromConfiguration(configuration);
        if (kek is not null)
        {
            services.AddSingleton(kek);
            services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new KeyEncryptionKeyXmlEncryptor(kek));
            return;
        }
        var certificatePath = configuration["Intranet:DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["Intranet:DataProtection:CertificatePassword"]);
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
            return;
        }
        if (!environment.IsDevelopment())
            services.AddHostedService<UnprotectedKeyRingWarning>();
    }
}
