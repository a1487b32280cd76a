using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Media.Api;
using Intranet.Media.Models;
using Intranet.Media.Services;
using Intranet.Media.Services.ImageSharp;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Media;

/// <summary>Safe image uploads (identified, bounded, cleaned, re-encoded), named sizes, serving, and the media library.</summary>
public sealed class MediaModule : IIntranetModule
{
    public string Name => "Media";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.Section));
        services.AddSingleton<IImageProcessor, ImageSharpProcessor>();
        services.AddSingleton<ImageWorkLimiter>();
        if (UsesDatabaseStore(configuration)) services.AddScoped<IMediaStore, DatabaseMediaStore>();
        else services.AddSingleton<IMediaStore, FileSystemMediaStore>();
        services.AddSingleton<UsageCursor>();
        services.AddScoped<ImageAdmission>();
        services.AddScoped<MediaUploadService>();
        services.AddScoped<MediaUsageSync>();
        services.AddScoped<MediaAccess>();
        services.AddScoped<MediaLibrary>();
        services.AddHostedService<MediaUsageBackgroundSync>();
    }

    /// <summary>Several nodes share PostgreSQL, so media follows the database there unless configured otherwise.</summary>
    public static bool UsesDatabaseStore(IConfiguration configuration)
    {
        var store = configuration[MediaOptions.Section + ":Store"];
        if (!string.IsNullOrWhiteSpace(store)) return store.Trim().Equals("Database", StringComparison.OrdinalIgnoreCase);
        return string.Equals(configuration["Intranet:Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => MediaModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        MediaUploadEndpoint.Map(endpoints);
        MediaServeEndpoint.Map(endpoints);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Bilder", "/admin/media", 110, NavigationArea.Admin, Core.Security.Permissions.ManageContent),
    ];
}
