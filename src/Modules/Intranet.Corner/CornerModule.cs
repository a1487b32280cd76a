using Intranet.Core.Content;
using Intranet.Core.Home;
using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Notifications;
using Intranet.Core.Security;
using Intranet.Corner.Api;
using Intranet.Corner.Models;
using Intranet.Corner.Services;
using Intranet.Corner.Services.Attachments;
using Intranet.Corner.Services.Export;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Corner;

/// <summary>The chief executive's corner: posts, and questions employees ask (optionally anonymously).</summary>
public sealed class CornerModule : IIntranetModule
{
    public string Name => "Corner";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddScoped<ReaderContextFactory>();
        services.AddNotificationTemplates(CornerNotifications.All);
        services.AddScoped<CornerAuthors>();
        services.AddScoped<CornerPublisher>();
        services.AddScoped<CornerReader>();
        services.AddScoped<QuestionBox>();
        services.AddScoped<CornerArchive>();
        services.AddScoped<CornerExporter>();
        services.AddScoped<CornerAttachments>();
        services.AddScoped<PdfAdmission>();
        services.AddScoped<IArticleDeletionHandler, CornerAttachmentsOnPostDeleted>();
        services.Configure<AttachmentOptions>(configuration.GetSection(AttachmentOptions.Section));
        if (AttachmentOptions.UsesDatabaseStore(configuration)) services.AddScoped<ICornerAttachmentStore, DatabaseAttachmentStore>();
        else services.AddSingleton<ICornerAttachmentStore, FileSystemAttachmentStore>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => CornerModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CornerApi.Map(endpoints);

    public IEnumerable<Permission> Permissions =>
    [
        new(CornerPermissions.Write, "Skrive i kommunedirektørens hjørne og svare på spørsmål", Roles.Kommunedirektor),
        new(CornerPermissions.Moderate, "Moderere «Spør kommunedirektøren»", Roles.Kommunedirektor, Roles.Kommunikasjon),
        new(CornerPermissions.Export, "Eksportere innlegg i hjørnet med versjonshistorikk", Roles.Kommunedirektor, Roles.Kommunikasjon),
    ];

    /// <summary>
    /// The corner in the main menu, under the municipality's own name for it (the label setting), and the question
    /// queue in Administrasjon for communications staff (the chief executive reaches it from the corner, and has no
    /// administration page of their own).
    /// </summary>
    public IEnumerable<NavigationItem> Navigation =>
    [
        new(CornerReader.DefaultLabel, "/hjornet", 30, TitleSetting: CornerReader.LabelSetting),
        new("Spørsmål til kommunedirektøren", "/hjornet/sporsmal", 106, NavigationArea.Admin, Core.Security.Permissions.ManageContent),
    ];

    public IEnumerable<HomeSection> HomeSections => [new("CornerHome", 20)];
}
