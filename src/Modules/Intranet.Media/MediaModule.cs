using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Media.Api;
using Intranet.Media.Models;
using Intranet.Media.Services;
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
        services.AddSingleton<IMediaStore, FileSystemMediaStore>();
        services.AddSingleton<UsageCursor>();
        services.AddScoped<ImageAdmission>();
        services.AddScoped<MediaUploadService>();
        services.AddScoped<MediaUsageSync>();
        services.AddScoped<MediaAccess>();
        services.AddScoped<MediaLibrary>();
        services.AddHostedService<MediaUsageBackgroundSync>();
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
