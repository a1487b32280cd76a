using Intranet.Core.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Accounts.Services;

/// <summary>
/// The keys that protect the sign-in and antiforgery cookies live in the data folder (keys/), so sessions
/// survive a restart or redeploy and belong to this installation, not to the machine account's profile.
/// </summary>
internal static class DataProtectionSetup
{
    public const string ApplicationName = "Intranett";

    public static void AddIntranetDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        // Same effect as PersistKeysToFileSystem, but the folder comes from IntranetPaths, which needs
        // the configured host to be resolved first.
        services.AddOptions<KeyManagementOptions>().Configure<IntranetPaths, ILoggerFactory>((options, paths, logging) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(paths.Folder("keys")), logging));
    }
}
