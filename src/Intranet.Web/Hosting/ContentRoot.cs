namespace Intranet.Web.Hosting;

/// <summary>
/// `dotnet run --project src/Intranet.Web` runs with the repository root as working directory; the content
/// root must still be the project folder so appsettings and App_Data land in one predictable place.
/// </summary>
internal static class ContentRoot
{
    public static string Locate()
    {
        var cwd = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(cwd, "appsettings.json"))) return cwd;
        var project = Path.Combine(cwd, "src", "Intranet.Web");
        if (File.Exists(Path.Combine(project, "appsettings.json"))) return project;
        return AppContext.BaseDirectory;
    }
}
