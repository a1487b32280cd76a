using Intranet.Core.Caching;
using Intranet.Core.Cluster;
using Intranet.Core.Hosting;
using Intranet.Core.Localization;
using Intranet.Core.Markdown;
using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Web.Cli;
using Intranet.Web.Data;
using Microsoft.Extensions.Localization;

namespace Intranet.Web.Hosting;

/// <summary>Service registration: the kernel, the database, then every module in catalog order.</summary>
internal static class IntranetServices
{
    public static void AddIntranet(this WebApplicationBuilder builder, IReadOnlyList<IIntranetModule> modules)
    {
        var services = builder.Services;
        foreach (var module in modules) services.AddSingleton(module);
        services.AddSingleton<IntranetPaths>();
        services.AddSingleton<IClock, SystemClock>();
        services.AddSingleton<PermissionRegistry>();
        services.AddSingleton<NavigationMenu>();
        services.AddScoped<NavigationTitles>();
        services.AddSingleton<IMarkdownRenderer, SafeMarkdownRenderer>();
        services.AddSingleton(_ => NynorskCatalog.FromLoadedIntranetAssemblies());
        services.AddSingleton<IStringLocalizerFactory, NorwegianStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<IStringLocalizerFactory>().Create(typeof(Program)));
        services.AddScoped<RecipeRunner>();
        services.AddScoped<IRecipeStep, SettingsRecipeStep>();
        services.AddScoped<Core.Cli.ICliCommand, RecipeImportCommand>();
        services.AddScoped<Core.Cli.ICliCommand, RecipeExportCommand>();
        services.AddIntranetDatabase(builder.Configuration);
        services.AddIntranetCluster();
        services.AddReaderPageCache();
        services.AddIntranetDataProtection(builder.Configuration, builder.Environment);
        foreach (var module in modules) module.ConfigureServices(services, builder.Configuration);

        services.AddLocalization();
        services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Admin", Permissions.Admin))
            .AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new CheckboxBooleanBinderProvider()))
            .AddViewLocalization();
        services.AddAuthorization(o => PolicySetup.AddPermissionPolicies(o, modules));
        services.AddIntranetWebDefaults(builder.Environment, builder.Configuration);
    }
}
