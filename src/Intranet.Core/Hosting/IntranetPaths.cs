using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Intranet.Core.Hosting;

/// <summary>Where the data lives: database file, index, media and mail pickup folder (Intranet:DataPath).</summary>
public sealed class IntranetPaths
{
    public IntranetPaths(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Intranet:DataPath"];
        DataPath = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "App_Data")
            : configured);
        Directory.CreateDirectory(DataPath);
    }

    public string DataPath { get; }

    public string Combine(params string[] parts) => Path.Combine([DataPath, .. parts]);

    public string Folder(string name)
    {
        var path = Path.Combine(DataPath, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
