using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Security;
using Intranet.Values.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Values;

/// <summary>
/// The municipality's values: a hub, a page per value with its stories, news and counts per sector,
/// badges for tagged articles, and an admin page where communications staff edit the values.
/// The values themselves are imported by the recipe's "values" step (Content module).
/// </summary>
public sealed class ValuesModule : IIntranetModule
{
    public string Name => "Values";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ValueCatalog>();
        services.AddScoped<ValueArticles>();
        services.AddScoped<ValueEditor>();
    }

    public IEnumerable<Permission> Permissions =>
    [
        new(ValuesPermissions.ManageValues, "Redigere kommunens verdier", Roles.Kommunikasjon),
    ];

    /// <summary>"Verdier" in the main menu is listed by Content; the admin entry is ours.</summary>
    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Verdier", "/admin/verdier", 200, NavigationArea.Admin, ValuesPermissions.ManageValues),
    ];
}
