using Intranet.Accounts.AccessCodes;
using Intranet.Accounts.Api;
using Intranet.Accounts.Cli;
using Intranet.Accounts.Models;
using Intranet.Accounts.Oidc;
using Intranet.Accounts.Recipes;
using Intranet.Accounts.Services;
using Intranet.Accounts.Sessions;
using Intranet.Accounts.Tokens;
using Intranet.Core.Cli;
using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Accounts;

/// <summary>Users, roles, units, sign-in (local, single sign-on, access codes), sessions and tokens.</summary>
public sealed class AccountsModule : IIntranetModule
{
    public string Name => "Accounts";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIntranetIdentity();
        services.AddIntranetOidc(configuration);
        services.AddIntranetSessions(configuration);
        services.AddHttpContextAccessor();
        services.AddSingleton<IAuthorizationHandler, ReadOnlyTokenHandler>();
        services.AddScoped<LocalLoginSetting>();
        services.AddScoped<PersonalTokens>();
        services.AddScoped<AccessCodeService>();
        services.AddScoped<AccessCodeScope>();
        services.AddScoped<AccessCodeEligibility>();
        services.AddScoped<UnitMemberCreation>();
        services.AddScoped<UnitDirectory>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<UserFormValidator>();
        services.AddScoped<UserLockout>();
        services.AddScoped<UserDeletion>();
        services.AddScoped<UnitAdministration>();
        services.AddScoped<ICliCommand, UserAddCommand>();
        services.AddScoped<IRecipeStep, UnitsRecipeStep>();
        services.AddScoped<IRecipeStep, UsersRecipeStep>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => AccountsModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => TokenEndpoints.Map(endpoints);

    public IEnumerable<Permission> Permissions =>
    [
        new(Core.Security.Permissions.Read, "Lese intranettet", Roles.All.ToArray()),
        new(Core.Security.Permissions.ManageUsers, "Administrere brukere, roller og enheter", Roles.Administrator),
        new(Core.Security.Permissions.Admin, "Åpne administrasjonen", Roles.Administrator, Roles.Kommunikasjon),
        new(AccessCodePermissions.Issue, "Gi tilgangskoder til ansatte i egen enhet", Roles.Enhetsleder),
    ];

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Brukere", "/admin/brukere", 900, NavigationArea.Admin, Core.Security.Permissions.ManageUsers),
        new("Enheter", "/admin/enheter", 910, NavigationArea.Admin, Core.Security.Permissions.ManageUsers),
        new("Roller", "/admin/roller", 920, NavigationArea.Admin, Core.Security.Permissions.ManageUsers),
        new("Innlogging", "/admin/innlogging", 930, NavigationArea.Admin, Core.Security.Permissions.ManageUsers),
        new("Tilgangskoder", "/enhet/tilgangskoder", 800, NavigationArea.Main, AccessCodePermissions.Issue),
    ];
}
