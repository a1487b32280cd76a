using System.Reflection;
using Intranet.Core.Localization;
using Intranet.Web;

namespace Intranet.Foundation.Tests.Nynorsk;

/// <summary>Every assembly with UI text: Core, Web, the theme and each module the host runs.</summary>
public static class UiAssemblies
{
    public static IReadOnlyList<Assembly> All { get; } =
    [
        typeof(NynorskCatalog).Assembly,
        typeof(ModuleCatalog).Assembly,
        Assembly.Load("Intranet.Theme"),
        .. ModuleCatalog.Create().Select(m => m.GetType().Assembly),
    ];

    public static NynorskCatalog Catalog { get; } = new(All);

    /// <summary>The source folders of those assemblies, relative to the repository root.</summary>
    public static IReadOnlyList<string> SourceFolders { get; } =
    [
        "src/Intranet.Core",
        "src/Intranet.Web",
        "themes/Intranet.Theme",
        .. ModuleCatalog.Create().Select(m => "src/Modules/" + m.GetType().Assembly.GetName().Name),
    ];

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intranet.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Intranet.sln not found above the test folder.");
    }
}
