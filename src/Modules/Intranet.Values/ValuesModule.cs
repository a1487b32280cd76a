using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Notifications;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Values.Models;
using Intranet.Values.Recipes;
using Intranet.Values.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Values;

/// <summary>
/// The municipality's values: a hub, a page per value with its stories and news (newest or most applauded) and
/// counts per sector, badges for tagged articles, an admin page where communications staff edit the values, and
/// verdiroser (values praise) shown on the value's page and, when the recipient agrees, on their unit's page.
/// The values themselves are imported by the recipe's "values" step (Content module).
/// </summary>
public sealed class ValuesModule : IIntranetModule
{
    public string Name => "Values";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ValueCatalog>();
        services.AddNotificationTemplates(PraiseNotifications.All);
        services.AddScoped<ValueArticles>();
        services.AddScoped<ValueEditor>();
        services.AddScoped<PraiseRules>();
        services.AddScoped<PraiseSender>();
        services.AddScoped<PraiseActions>();
        services.AddScoped<PraiseQueries>();
        services.AddScoped<UnitOverview>();
        services.AddScoped<IRecipeStep, PraiseRecipeStep>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => ValuesModel.Configure(modelBuilder);

    public IEnumerable<Permission> Permissions =>
    [
        new(ValuesPermissions.ManageValues, "Redigere kommunens verdier", Roles.Kommunikasjon),
        new(ValuesPermissions.ModeratePraise, "Skjule verdiroser (moderering)", Roles.Kommunikasjon),
    ];

    /// <summary>"Verdier" in the main menu is listed by Content; the admin entry is ours.</summary>
    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Verdier", "/admin/verdier", 200, NavigationArea.Admin, ValuesPermissions.ManageValues),
    ];
}
