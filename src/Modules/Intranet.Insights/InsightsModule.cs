using Intranet.Core.Home;
using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Insights.Api;
using Intranet.Insights.Models;
using Intranet.Insights.Pulse;
using Intranet.Insights.Recipes;
using Intranet.Insights.Services;
using Intranet.Insights.Tracking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Insights;

/// <summary>
/// Measurement: aggregate reach (views, daily unique readers, reactions, comments, must-read share), stories,
/// search, and the anonymous pulse survey, on the dashboard /innsikt with CSV export. See docs/insights.md.
/// </summary>
public sealed class InsightsModule : IIntranetModule
{
    public string Name => "Insights";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InsightsOptions>(configuration.GetSection("Intranet:Insights"));
        services.AddSingleton<ViewBuffer>();
        services.AddSingleton<ReaderSalt>();
        services.AddSingleton<MonthlyReaderKey>();
        services.Configure<MvcOptions>(o => o.Filters.Add<ArticleViewFilter>());
        services.AddHostedService<InsightsFlushService>();
        services.AddHostedService<ReaderRollupJob>();
        services.AddScoped<ReaderRollup>();
        services.AddScoped<InsightsScopeResolver>();
        services.AddScoped<InsightsFocus>();
        services.AddScoped<ReachFigures>();
        services.AddScoped<ReaderFigures>();
        services.AddScoped<MustReadFigures>();
        services.AddScoped<StorySubmissions>();
        services.AddScoped<StoryFigures>();
        services.AddScoped<SearchFigures>();
        services.AddScoped<PulseFigures>();
        services.AddScoped<InsightsDashboard>();
        services.AddScoped<PulseAnswering>();
        services.AddScoped<PulseCounters>();
        services.AddScoped<PulseAdmin>();
        services.AddScoped<IRecipeStep, InsightsRecipeStep>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => InsightsModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => InsightsExportEndpoint.Map(endpoints);

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Innsikt", "/innsikt", 80, NavigationArea.Main, InsightsPermissions.View),
        new("Medarbeiderpuls", "/admin/puls", 130, NavigationArea.Admin, InsightsPermissions.ManagePulse),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(InsightsPermissions.View, "Se innsikt (enhetsledere ser sine enheter)", Roles.Kommunikasjon, Roles.Kommunedirektor, Roles.Enhetsleder),
        new(InsightsPermissions.ViewAll, "Se innsikt for alle enheter", Roles.Kommunikasjon, Roles.Kommunedirektor),
        new(InsightsPermissions.ManagePulse, "Lage og styre medarbeiderpuls", Roles.Kommunikasjon),
    ];

    /// <summary>The open pulse survey, for employees who have not answered this round.</summary>
    public IEnumerable<HomeSection> HomeSections => [new("PulseHome", 5)];
}
