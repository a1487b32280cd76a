using Intranet.Core.Content;
using Intranet.Core.Home;
using Intranet.Core.Modules;
using Intranet.Core.Notifications;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Core.Users;
using Intranet.News.Api;
using Intranet.News.Models;
using Intranet.News.Recipes;
using Intranet.News.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.News;

/// <summary>News from communications staff: categories, targeting, scheduling, pinning, must-read confirmations.</summary>
public sealed class NewsModule : IIntranetModule
{
    public string Name => "News";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddScoped<ReaderContextFactory>();
        services.AddNotificationTemplates(NewsNotifications.All);
        services.AddScoped<UnitScope>();
        services.AddScoped<NewsEditor>();
        services.AddScoped<NewsReader>();
        services.AddScoped<MustReadService>();
        services.AddScoped<NewsHomeFeed>();
        services.AddScoped<MustReadAnnouncer>();
        services.AddHostedService<MustReadAnnouncementJob>();
        services.AddScoped<NewsInteractions>();
        services.AddScoped<IRecipeStep, NewsRecipeStep>();
        services.AddScoped<IUserDeletionHandler, NewsOnUserDeleted>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => NewsModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => NewsApi.Map(endpoints);

    public IEnumerable<Permission> Permissions =>
    [
        new(NewsPermissions.Manage, "Skrive og planlegge nyheter, se lesebekreftelser", Roles.Kommunikasjon),
    ];

    /// <summary>Pinned and must-read first, then the latest news: the top of the home page.</summary>
    public IEnumerable<HomeSection> HomeSections => [new("NewsHome", 10)];
}
