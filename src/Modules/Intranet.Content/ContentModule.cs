using Intranet.Content.Api;
using Intranet.Content.Recipes;
using Intranet.Content.Routing;
using Intranet.Content.Services;
using Intranet.Core.Content;
using Intranet.Core.Home;
using Intranet.Core.Models;
using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Content;

/// <summary>Articles: versions, workflow states, audit, the change log, and generic reading pages.</summary>
public sealed class ContentModule : IIntranetModule
{
    public string Name => "Content";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<ChangeLogWriter>();
        services.AddScoped<ArticleInputValidator>();
        services.AddScoped<IArticleService, ArticleService>();
        services.AddScoped<ArticleReader>();
        services.AddScoped<ReaderContexts>();
        services.AddScoped<OrgValueNames>();
        services.AddScoped<Pages.Admin.Content.EditorOptions>();
        services.Configure<RouteOptions>(o => o.ConstraintMap[ArticleSectionConstraint.Name] = typeof(ArticleSectionConstraint));
        services.AddScoped<IRecipeStep, ValuesRecipeStep>();
        services.AddScoped<IRecipeStep, ArticlesRecipeStep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ArticlesApi.Map(endpoints);

    public IEnumerable<Permission> Permissions =>
    [
        new(Core.Security.Permissions.ManageContent, "Publisere og redigere alt innhold", Roles.Kommunikasjon),
    ];

    /// <summary>
    /// Only the values: news (NewsHome, 10), the corner (CornerHome, 20) and stories (StoriesHome, 30) come from
    /// their own modules.
    /// </summary>
    public IEnumerable<HomeSection> HomeSections => [new("ValuesSection", 40)];

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Forside", "/", 0),
        new("Nyheter", "/nyheter", 10),
        new("Historier", "/historier", 20, Anonymous: true),
        new("Velkommen", "/velkommen", 40),
        new("Verdier", "/verdier", 50),
        new("Innhold", "/admin/innhold", 100, NavigationArea.Admin, Core.Security.Permissions.ManageContent),
    ];
}
