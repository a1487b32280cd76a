using Intranet.Core.Home;
using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Recipes;
using Intranet.Welcome.Api;
using Intranet.Welcome.Models;
using Intranet.Welcome.Recipes;
using Intranet.Welcome.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Welcome;

/// <summary>
/// Welcome packs for new hires: the municipality's sections and each unit's, a checklist per unit with
/// ticks per new hire, buddies, and welcome meetings with sign-up and calendar files.
/// </summary>
public sealed class WelcomeModule : IIntranetModule
{
    public string Name => "Welcome";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<NewHires>();
        services.AddScoped<WelcomePack>();
        services.AddScoped<Checklists>();
        services.AddScoped<Buddies>();
        services.AddScoped<NewcomerMeetings>();
        services.AddScoped<UnitLeadership>();
        services.AddScoped<UnitWelcomeEditor>();
        services.AddScoped<UnitWelcomeOverview>();
        services.AddScoped<CommonPackEditor>();
        services.AddScoped<MeetingPlanner>();
        services.AddScoped<NewHireLanding>();
        services.AddScoped<IRecipeStep, WelcomeRecipeStep>();
        services.Configure<MvcOptions>(o => o.Filters.AddService<NewHireLanding>());
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => WelcomeModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => MeetingCalendarEndpoint.Map(endpoints);

    /// <summary>"Velkommen" and "Verdier" are already in the main menu (Content lists them); leaders get their page here.</summary>
    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Velkomst i enheten", "/velkommen/enhet", 45, NavigationArea.Main, WelcomePermissions.LeadUnitWelcome),
        new("Velkomstpakken", "/admin/velkommen", 150, NavigationArea.Admin, Core.Security.Permissions.ManageContent),
        new("Velkomstmøter", "/admin/velkomstmoter", 151, NavigationArea.Admin, Core.Security.Permissions.ManageContent),
    ];

    public IEnumerable<Core.Security.Permission> Permissions =>
    [
        new(WelcomePermissions.LeadUnitWelcome, "Lage enhetens velkomstpakke og følge egne nyansatte", Core.Security.Roles.Enhetsleder),
    ];

    public IEnumerable<HomeSection> HomeSections => [new("WelcomeBanner", -100)];
}
